/**
 * How a stream sits in an ABR group, read from the stream object alone. Pure: no DOM, no Lit.
 *
 * A group's passthrough carries `streamgroup === id`, and its `playout.h5live` lists every playout
 * of the group: index 0 the passthrough, 1…n the transcodes, each with the member stream's `id`,
 * `rtmp.streamname` and `info`. So a grouped list row can show its members without another request.
 */
import type {PlayoutInfo, Stream} from '../../api/types.js';

/** How a stream appears in the Streamgroup column. */
export type GroupRole = 'single' | 'group' | 'member';

/** A playout of a group, as its expanded row shows it. */
export interface GroupMember {
  /** The member stream's id. */
  id: string;
  /** Its streamname, when the API listed it. */
  streamname: string | undefined;
  /** 0 = passthrough, 1…n = transcodes. */
  index: number;
  /** Resolution, bitrate (kbit/s) and frame rate, when listed. */
  info: PlayoutInfo | undefined;
}

/** `single` for a stream outside any group, `group` for a group's passthrough (the group's id), `member` for a transcode. */
export function groupRole(stream: Pick<Stream, 'id' | 'streamgroup'>): GroupRole {
  if (!stream.streamgroup) return 'single';
  return stream.streamgroup === stream.id ? 'group' : 'member';
}

/** The number of playouts of a group's passthrough (its `h5live` entries); 1 for anything else. */
export function playoutCount(stream: Stream): number {
  return groupRole(stream) === 'group' ? (stream.playout?.h5live?.length ?? 0) : 1;
}

/** A group passthrough's playouts, passthrough first; empty for anything that is not a group. */
export function groupMembers(stream: Stream): GroupMember[] {
  if (groupRole(stream) !== 'group') return [];
  return (stream.playout?.h5live ?? [])
    .map((playout, position) => ({
      // The API's answer is data from the network: tolerate a playout without its id or index.
      id: playout.id || (position === 0 ? stream.id : ''),
      streamname: playout.rtmp?.streamname,
      index: typeof playout.index === 'number' ? playout.index : position,
      info: playout.info,
    }))
    .filter(member => member.id !== '')
    .sort((a, b) => a.index - b.index);
}
