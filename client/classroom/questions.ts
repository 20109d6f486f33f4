/**
 * Discussion questions for the debrief, each tied to the article paragraph
 * it asks about (docs/article.md). `when` picks the ones a table's game
 * makes worth asking; the rest are always offered.
 */
import type { Paragraph } from '../../game';
import type { TableReport } from './api';

export interface Question {
  readonly cite: Paragraph;
  readonly text: string;
  /** Where in the report the answer is (the same pointers as docs/teacher-guide.md). */
  readonly look: string;
  readonly when?: (t: TableReport) => boolean;
}

const reached = (t: TableReport, levels: readonly string[]) => levels.includes(t.alignmentReached);

export const QUESTIONS: readonly Question[] = [
  { cite: 'P16', text: 'Lukin calls the balance of power “the most elementary law of international politics”. Did US pressure on both powers drive Moscow and Beijing together at your table? Point to the round it happened.', look: 'the “US hostility, focus and driven together” plot (shaded rounds) and the turning points “drives Moscow and Beijing together” and “no longer driven together”' },
  { cite: 'P14', text: 'Is economic dependence the same as political subordination? When Russia’s Dependency passed its Standing, what did its player do, and what would a real Kremlin do?', look: 'the “Russia: Dependency and Standing” plot (shaded where Dependency is above Standing) and the “Russia resents its dependency” turning points' },
  { cite: 'P16', text: 'The article says the “foster distrust” recommendation sounds naïve. Did the US try a wedge at your table, and did it work? Why, or why not?', look: 'the wedge turning points (“fosters distrust” or “shrug it off”), the CSV’s wedges_worked and wedges_failed, and the hostility plot’s shading in that round' },
  { cite: 'P16', text: 'Durable accommodation with Russia or China is “off the table in Washington, for now”. Did any US player accommodate? What did it cost, and what did it buy?', look: 'the accommodation turning points, the hostility plot in the rounds after, and the CSV’s accommodations and us_gain_accommodation' },
  { cite: 'P13', text: 'Crises in both theaters at once split US forces. Did a two-front moment come up? What does it tell us about the US’s capacity to “deal simultaneously” with both?', look: 'the turning point “Crises erupt in both theaters at once” and the crises column of the CSV', when: (t) => t.crises.some((c) => c.twoFront) },
  { cite: 'P12', text: 'The alliance reached the De facto level (or signed a treaty). What made the military track rise, and would a real mutual-defence treaty “à la Article 5” follow?', look: 'the cooperation tracks plot (Military) and the alignment turning points (“rises from … to De facto”)', when: (t) => reached(t, ['defacto', 'dejure']) },
  { cite: 'P5', text: 'The alliance stayed at Strategic Partnership or Quasi-alliance. What held it back: the US, Russia’s fear of being the junior partner, or China’s caution?', look: 'the alignment turning points, the declined-proposal turning points, and the Dependency and Standing plot', when: (t) => reached(t, ['partnership', 'quasi']) },
  { cite: 'P9', text: 'Technology is “the weakest link”. Did cooperation on technology lag behind the other tracks at your table? What would change that in the real world?', look: 'the cooperation tracks plot (Technological against the others) and the CSV’s export_controls column' },
  { cite: 'P11', text: 'Spheres of influence: did China and Russia strike the bargain (Crimea for the South China Sea and the Senkaku/Diaoyu)? Who gained more?', look: 'the spheres-bargain turning point and the CSV’s china_gain_bargain and russia_gain_bargain' },
];

/** The questions this table's game raises first, then the ones every table can answer. */
export const questionsFor = (t: TableReport): Question[] => [
  ...QUESTIONS.filter((q) => q.when?.(t)),
  ...QUESTIONS.filter((q) => !q.when),
];
