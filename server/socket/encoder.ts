/**
 * socket.io's packet encoder, without its binary search on state frames.
 *
 * socket.io-parser walks every argument of every outgoing event, key by key,
 * looking for Buffers to send as attachments, and then encodes it as JSON: for
 * a 10 KB view that walk costs a third of the encoding, four times a move. The
 * frames that carry game state (`update`, `sync`, `matchData`) are built from
 * JSON storage and never hold binary, so they are encoded as JSON at once, in
 * socket.io-parser's own string format; every other packet takes its usual path.
 * Incoming packets are decoded by socket.io-parser's own decoder.
 */
import { Decoder, Encoder, PacketType } from 'socket.io-parser';
import type { Packet } from 'socket.io-parser';

const PLAIN_EVENTS: ReadonlySet<unknown> = new Set(['update', 'sync', 'matchData']);

class StateFrameEncoder extends Encoder {
  override encode(packet: Packet): unknown[] {
    const data: unknown = packet.data;
    if (packet.type !== PacketType.EVENT || !Array.isArray(data) || !PLAIN_EVENTS.has(data[0])) return super.encode(packet);
    // socket.io-parser's string packet: type, "nsp," unless the main namespace, ack id, JSON.
    const nsp = packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : '';
    return [`${PacketType.EVENT}${nsp}${packet.id ?? ''}${JSON.stringify(data)}`];
  }
}

/** The `parser` option of socket.io's server. */
export const stateFrameParser = { Encoder: StateFrameEncoder, Decoder };
