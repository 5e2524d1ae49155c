/**
 * The fixed facts the mock builds its answers from: hosts, URL shapes, transcode profiles, error
 * bodies. Every value here follows `shared/spec/bintu-api.md` (the stream object's URL shapes) and
 * `src/api/openapi.yaml` (codes and messages).
 */
import type {PlayoutServer} from '../api/types.js';

export const DEFAULT_BASE_URL = 'https://bintu.nanocosmos.de';
export const DEFAULT_TOKEN_SERVICE_URL = 'https://token.nanostream.cloud/api/v1';
/** The `iss` of the token service's playback tokens. */
export const TOKEN_ISSUER = 'nanocosmos';
/** The `kid` in the header of a current (EdDSA) playback token. */
export const TOKEN_KEY_ID = 'nano_x25519';

export const INGEST_URL = 'rtmp://bintu-stream.nanocosmos.de:1935/live';
/** The ingest URL when recording is on. */
export const INGEST_REC_URL = 'rtmp://bintu-stream.nanocosmos.de:1935/rec';
export const PLAY_RTMP_URL = 'rtmp://bintu-play.nanocosmos.de:80/play';
export const H5LIVE_SERVER: Readonly<PlayoutServer> = {
  websocket: 'wss://bintu-h5live.nanocosmos.de:443/h5live/stream/stream.mp4',
  hls: 'https://bintu-h5live.nanocosmos.de:443/h5live/http/playlist.m3u8',
  progressive: 'https://bintu-h5live.nanocosmos.de:443/h5live/http/stream.mp4',
};
export const thumbnailUrl = (streamname: string) =>
  `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${streamname}.jpg`;
export const motionclipUrl = (streamname: string) =>
  `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${streamname}.gif`;
/** The live replay's page (what `playout.replay[].url` is). */
export const replayPageUrl = (streamname: string) =>
  `https://replay.nanocosmos.de/live-replay/demo/?streamname=${encodeURIComponent(streamname)}&bintu=bintu.nanocosmos.de`;
/** Assumed: one replay session's HLS playlist, its replay page and its Clip & Share page. */
export const replaySessionUrls = (streamname: string, startSeconds: number) => {
  const base = `https://bintu-vod.nanocosmos.de/vod/replay/${streamname}-${startSeconds}`;
  return {url: `${base}.m3u8`, replay_url: `${base}/replay.html`, clip_url: `${base}/clip.html`};
};
export const vodUrl = (fileName: string) => `https://bintu-vod.nanocosmos.de:443/vod/${fileName}`;
export const hlsPlaylistUrl = (streamname: string) =>
  `${H5LIVE_SERVER.hls}?url=${encodeURIComponent(PLAY_RTMP_URL)}&stream=${encodeURIComponent(streamname)}`;

export {TRANSCODE_PROFILES, profileInfo, TIMECODE_INTERVAL} from '../api/limits.js';

export const DAY = 86_400_000;
