/** A classroom request refused, with the HTTP status and the sentence the page shows. */
export class ClassroomError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const fail = (status: number, message: string): never => {
  throw new ClassroomError(status, message);
};
