/** State frames skip socket.io-parser's binary search but go out in its exact string format (server/socket/encoder.ts). */
import fc from 'fast-check';
import { Encoder, PacketType } from 'socket.io-parser';
import type { Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { stateFrameParser } from '../server/socket/encoder';

const ours = new stateFrameParser.Encoder();
const theirs = new Encoder();

describe('the state frame encoder', () => {
  it('encodes every state frame exactly as socket.io-parser does, in any namespace, with or without an ack id', () => {
    const json = fc.jsonValue();
    fc.assert(fc.property(fc.constantFrom('update', 'sync', 'matchData'), fc.array(json, { maxLength: 4 }), fc.constantFrom('/', '/multipolar', ''), fc.option(fc.nat(), { nil: undefined }), (event, args, nsp, id) => {
      const packet: Packet = { type: PacketType.EVENT, nsp, data: [event, ...args], ...(id === undefined ? {} : { id }) };
      expect(ours.encode(packet)).toEqual(theirs.encode(packet));
    }));
  });

  it('leaves every other packet to socket.io-parser: a Buffer in another event still goes as a binary attachment', () => {
    const binary: Packet = { type: PacketType.EVENT, nsp: '/multipolar', data: ['other', { b: Buffer.from([1, 2, 3]) }] };
    const encoded = ours.encode(binary);
    expect(encoded).toEqual(theirs.encode(binary));
    expect(encoded.length).toBe(2); // the packet and its attachment
    const connect: Packet = { type: PacketType.CONNECT, nsp: '/multipolar', data: { sid: 'x' } };
    expect(ours.encode(connect)).toEqual(theirs.encode(connect));
  });
});
