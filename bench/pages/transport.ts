/**
 * The `fetch` the benchmark's client uses: the mock organisation's, with a count and a log of what
 * the client sends, a copy of every answer, and answers prepared in memory for chosen URLs (so a
 * timed refresh reads a ready answer instead of having the mock filter and serialise a page).
 */
import type {MockServer} from '../../src/mock/index.js';

/** An answer as it came back: enough to build the same `Response` again. */
export interface KeptAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface SentRequest {
  method: string;
  url: string;
}

export class Transport {
  /** Requests the client sent, prepared answers included. */
  sent = 0;
  /** Requests sent and not answered yet. */
  inFlight = 0;
  readonly log: SentRequest[] = [];
  private readonly answers = new Map<string, KeptAnswer>();
  private readonly prepared = new Map<string, KeptAnswer>();

  constructor(private readonly server: MockServer) {}

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    this.sent++;
    this.inFlight++;
    this.log.push({method: request.method, url: request.url});
    try {
      const ready = request.method === 'GET' ? this.prepared.get(request.url) : undefined;
      if (ready) return new Response(ready.body, {status: ready.status, headers: ready.headers});
      const response = await this.server.fetch(request);
      if (request.method === 'GET') await this.keep(request.url, response.clone());
      return response;
    } finally {
      this.inFlight--;
    }
  };

  /** The last answer the mock gave to a GET of `url`. */
  answerOf(url: string): KeptAnswer {
    const answer = this.answers.get(url);
    if (!answer) throw new Error(`no answer kept for ${url}`);
    return answer;
  }

  /** From now on, GETs of `url` are answered with `answer`, from memory. */
  prepare(url: string, answer: KeptAnswer): void {
    this.prepared.set(url, answer);
  }

  private async keep(url: string, response: Response): Promise<void> {
    this.answers.set(url, {
      status: response.status,
      headers: [...response.headers],
      body: await response.text(),
    });
  }
}
