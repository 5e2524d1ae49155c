/** The requests of `<ns-abr-table>`: loading a stream group with its members, adding a profile. */
import type {BintuClient} from '../../api/client.js';
import type {Stream, TranscodeProfileId} from '../../api/types.js';
import type {GroupData} from './ns-abr-table.view.js';

/** The group of stream `id` (the group's id or a member's), with every member stream. */
export async function loadGroup(
  client: BintuClient,
  id: string,
  signal: AbortSignal,
): Promise<GroupData> {
  let group = await client.getStream(id, {}, {signal});
  if (group.streamgroup && group.streamgroup !== group.id) {
    group = await client.getStream(group.streamgroup, {}, {signal});
  }
  const members = new Map<string, Stream>([[group.id, group]]);
  if (group.streamgroup) {
    const others = await Promise.all(
      group.playout.h5live
        .filter(p => p.id !== group.id)
        .map(p => client.getStream(p.id, {}, {signal})),
    );
    for (const member of others) members.set(member.id, member);
  }
  return {group, members};
}

/** What adding a profile answered: the group, and the new transcodes whose details could be read. */
export interface AddResult {
  group: Stream;
  added: Stream[];
  profile: TranscodeProfileId;
}

/** Adds `profile` to `group` (`POST /stream/{id}/transcode`, assumed) and reads the new member. */
export async function addProfile(
  client: BintuClient | undefined,
  group: Stream,
  profile: TranscodeProfileId,
  signal: AbortSignal,
): Promise<AddResult> {
  if (!client) throw new Error('No nanoStream API client.');
  const known = new Set(group.playout.h5live.map(p => p.id));
  const updated = await client.addTranscode(group.id, profile, {signal});
  // The transcode exists now; if its own details cannot be read, the row still appears.
  const added = await Promise.all(
    updated.playout.h5live
      .filter(p => !known.has(p.id))
      .map(p => client.getStream(p.id, {}, {signal}).catch(() => undefined)),
  );
  return {group: updated, added: added.filter((s): s is Stream => !!s), profile};
}
