/**
 * What this browser keeps of classroom sessions: the teacher's secret per
 * session (so the wall reopens after a reload) and a student's token (so a
 * reload returns them to their seat, wherever the teacher moved them).
 */
const TEACHER = 'multipolar:classroom:teacher';
const STUDENT = 'multipolar:classroom:student';

function read(key: string): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}
function write(key: string, code: string, value: string | null): void {
  const all = read(key);
  if (value === null) delete all[code];
  else all[code] = value;
  try {
    localStorage.setItem(key, JSON.stringify(all));
  } catch {
    // Private mode: works until the page closes.
  }
}

export const teacherToken = (code: string): string | null => read(TEACHER)[code] ?? null;
export const keepTeacherToken = (code: string, token: string): void => write(TEACHER, code, token);
export const forgetTeacher = (code: string): void => write(TEACHER, code, null);
export const studentToken = (code: string): string | null => read(STUDENT)[code] ?? null;
export const keepStudentToken = (code: string, token: string): void => write(STUDENT, code, token);
export const forgetStudent = (code: string): void => write(STUDENT, code, null);
/** The session this browser last joined as a student, if any. */
export const lastStudentSession = (): string | null => Object.keys(read(STUDENT)).pop() ?? null;
