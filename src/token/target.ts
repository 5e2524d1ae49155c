/**
 * Which streams a playback token is for, and when a stream needs one. No DOM.
 */
import type {OrganisationFeatures, SplayRequest, Stream} from '../api/types.js';

/** The token service target for a stream: its ABR group, or the single stream by its streamname. */
export function playbackTokenTarget(stream: Stream): Pick<SplayRequest, 'groupid' | 'streams'> {
  return stream.streamgroup === stream.id
    ? {groupid: stream.id}
    : {streams: [stream.ingest.rtmp.streamname]};
}

/**
 * Whether playing `stream` needs a token: the organisation has secure playback and the stream does
 * not say it is off (a deleted stream plays nothing). `secure` on the stream is assumed, so a
 * server that leaves it out is taken at the organisation's word — and features nobody knows
 * count as on — so that a secure stream never gets playout URLs without a token.
 */
export function needsPlaybackToken(stream: Stream, features: OrganisationFeatures): boolean {
  const secure = typeof stream.secure === 'boolean' ? stream.secure : true;
  return secure && features.secure && stream.state !== 'deleted';
}

/** Whether the stream itself says whether secure playback is on (`secure` is an assumed field). */
export function saysSecure(stream: Stream): boolean {
  return typeof stream.secure === 'boolean';
}
