/** Match ids (join codes) and seat credentials the server makes. */
import { randomBytes, randomInt } from 'node:crypto';

/** Join codes: no 0/O, 1/I/L look-alikes, so a code read aloud in class is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
/** Every match id this server makes, Lobby and classroom tables alike (both use matchCode). */
export const MATCH_ID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
export const matchCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
export const credentials = (): string => randomBytes(24).toString('base64url');
