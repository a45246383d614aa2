import { encryptionQuestionnaire } from './encryption';
import { intrusionSoftwareQuestionnaire } from './intrusion-software';
import type { Questionnaire } from './questionnaire';
import { surveillanceQuestionnaire } from './surveillance';

/** Every guided questionnaire, in the order the Classify flow offers them. */
export const QUESTIONNAIRES: readonly Questionnaire[] = [encryptionQuestionnaire, intrusionSoftwareQuestionnaire, surveillanceQuestionnaire];

export const QUESTIONNAIRE_IDS = ['encryption', 'intrusion-software', 'surveillance'] as const;
export type QuestionnaireId = (typeof QUESTIONNAIRE_IDS)[number];

export function questionnaireById(id: string): Questionnaire | undefined {
  return QUESTIONNAIRES.find((q) => q.id === id);
}
