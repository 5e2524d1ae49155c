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
 * Whether playing `stream` needs a token: secure playback is on for the stream and the
 * organisation has the package (a deleted stream plays nothing).
 */
export function needsPlaybackToken(stream: Stream, features: OrganisationFeatures): boolean {
  return Boolean(stream.secure) && features.secure && stream.state !== 'deleted';
}
