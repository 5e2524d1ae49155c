/**
 * The overview's fields rendered the vanilla way (<template> clones and textContent, plain markup,
 * no styles), from the same data already in memory: the group stream, its five member streams and
 * a playback token. The fields are those of the Overview tab: the header (name, state, created,
 * kind, secure, id), the group's details, the ingest, the ABR table (one row per playout), the
 * decoded token, the playout and iFrame URLs and the VOD recordings. Not rendered: what is not a
 * field (quick action links, the Stop & Lock and Delete buttons, the tab list, copy buttons, the
 * editors' controls).
 */
import {decodeToken, embedUrl, playoutUrl, type Stream} from '../../src/index.js';
import {EMPTY} from './cells.js';
import type {Trial} from './timing.js';

export interface OverviewData {
  group: Stream;
  /** The group's streams, passthrough first, in `group.playout.h5live` order. */
  members: readonly Stream[];
  token: string;
  parent: HTMLElement;
}

type Pair = readonly [label: string, value: string];

function template(markup: string): HTMLTemplateElement {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element;
}

function clone<T extends Element>(source: HTMLTemplateElement): T {
  return source.content.firstElementChild!.cloneNode(true) as T;
}

const sectionTemplate = template('<section><h3></h3></section>');
const pairTemplate = template('<div><dt></dt><dd></dd></div>');
const headerTemplate = template(
  '<header><h2></h2><p><span class="state"></span> <span class="created"></span> ' +
    '<span class="kind"></span> <span class="secure"></span></p><p>Stream ID <code></code></p></header>',
);

const dateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});
const numbers = new Intl.NumberFormat('en');

function date(value: string | Date | undefined): string {
  const parsed = value === undefined ? undefined : new Date(value);
  return parsed && !Number.isNaN(parsed.getTime()) ? `${dateTime.format(parsed)} UTC` : EMPTY;
}

function section(heading: string, body: Node): HTMLElement {
  const element = clone<HTMLElement>(sectionTemplate);
  element.firstElementChild!.textContent = heading;
  element.append(body);
  return element;
}

function pairs(rows: readonly Pair[]): HTMLDListElement {
  const list = document.createElement('dl');
  for (const [label, value] of rows) {
    const pair = clone<HTMLDivElement>(pairTemplate);
    pair.firstElementChild!.textContent = label;
    pair.lastElementChild!.textContent = value;
    list.append(pair);
  }
  return list;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const label of headers) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = label;
    head.append(cell);
  }
  const body = element.createTBody();
  for (const values of rows) {
    const row = body.insertRow();
    for (const value of values) row.insertCell().textContent = value;
  }
  return element;
}

function header(group: Stream): HTMLElement {
  const element = clone<HTMLElement>(headerTemplate);
  element.querySelector('h2')!.textContent = group.ingest.rtmp.streamname;
  element.querySelector('.state')!.textContent = group.state;
  element.querySelector('.created')!.textContent = `Created ${date(group.created_at)}`;
  element.querySelector('.kind')!.textContent =
    `Streamgroup (${group.playout.h5live.length} Playouts)`;
  element.querySelector('.secure')!.textContent = group.secure === false ? '' : 'Secure';
  element.querySelector('code')!.textContent = group.id;
  return element;
}

function details(group: Stream): Pair[] {
  const interval = group.timecode_interval;
  return [
    ['Streamgroup ID', group.streamgroup ?? EMPTY],
    ['Updated At', date(group.updated_at ?? group.created_at)],
    ['Timecode', group.timecode === undefined ? EMPTY : group.timecode ? 'On' : 'Off'],
    ['Timecode Interval', interval === undefined ? EMPTY : `${numbers.format(interval)} ms`],
  ];
}

function playoutRows(group: Stream, members: readonly Stream[]): string[][] {
  return group.playout.h5live.map((playout, i) => {
    const member = members[i];
    const info = playout.info;
    return [
      playout.index === 0 ? 'Original Stream' : `Transcode ${playout.index}`,
      member?.ingest.rtmp.streamname ?? playout.rtmp.streamname,
      info ? `${info.width}×${info.height}` : EMPTY,
      info ? `${numbers.format(info.bitrate)} kbit/s` : EMPTY,
      info ? `${info.fps} fps` : EMPTY,
      (member?.tags ?? playout.tags).join(', ') || 'No tags',
      member?.push_url ?? EMPTY,
    ];
  });
}

function tokenFields(token: string): Pair[] {
  const decoded = decodeToken(token);
  if (!decoded) return [['Token', token]];
  const {scope, restrictions} = decoded;
  return [
    ['Valid from', date(decoded.validFrom)],
    ['Valid until', date(decoded.validUntil)],
    ['Covers', scope.kind === 'group' ? `Group ${scope.groupId}` : scope.kind],
    ['Streams', 'streams' in scope ? scope.streams.join(', ') : EMPTY],
    ['Domain', restrictions.domain ?? EMPTY],
    ['IP addresses', restrictions.ip.join(', ') || EMPTY],
    ['Issuer', decoded.issuer ?? EMPTY],
    ['Algorithm', decoded.algorithm ?? EMPTY],
  ];
}

function recordings(group: Stream): string[][] {
  return (group.playout.web ?? [])
    .filter(web => web.type === 'vod')
    .map(vod => [
      vod.session_date ? date(vod.session_date) : EMPTY,
      vod.name ?? vod.url.split('/').pop() ?? vod.url,
      vod.size === undefined ? EMPTY : `${numbers.format(vod.size)} B`,
    ]);
}

/** Renders the overview's fields into a fresh container. */
export function overviewVanilla({group, members, token, parent}: OverviewData): Trial {
  const container = document.createElement('div');
  return {
    async run() {
      const groupId = group.id;
      const qualityCount = group.playout.h5live.length;
      container.append(
        header(group),
        section('Group Details', pairs(details(group))),
        section(
          'Ingest',
          pairs([
            ['Ingest URL', group.ingest.rtmp.url],
            ['Streamname', group.ingest.rtmp.streamname],
          ]),
        ),
        section(
          'Adaptive Bitrate',
          table(
            ['Playout', 'Streamname', 'Resolution', 'Bitrate', 'Framerate', 'Tags', 'Push URL'],
            playoutRows(group, members),
          ),
        ),
        section('Secure Playback Token', pairs(tokenFields(token))),
        section(
          'H5Live Playout',
          pairs([
            ['Playout URL', playoutUrl({groupId, token})],
            ['iFrame URL', embedUrl({groupId, qualityCount, token})],
          ]),
        ),
        section('VOD', table(['Session Date', 'Name', 'File Size'], recordings(group))),
      );
      parent.append(container);
    },
    dispose: () => container.remove(),
  };
}
