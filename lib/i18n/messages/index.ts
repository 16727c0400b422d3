import type { Locale } from '../config';
import en from './en.json';
import ganEn from './gan.en.json';
import ganNl from './gan.nl.json';
import nl from './nl.json';
import lessonEn from './lesson.en.json';
import lessonNl from './lesson.nl.json';
import regenerateEn from './regenerate.en.json';
import regenerateNl from './regenerate.nl.json';
import submitEn from './submit.en.json';
import submitNl from './submit.nl.json';
import teacherEn from './teacher.en.json';
import teacherNl from './teacher.nl.json';

// Each area keeps its strings in its own pair of files so areas can grow without conflicts;
// English is the shape both languages must have (a unit test checks the Dutch keys match).
const enAll = { ...en, gan: ganEn, submit: submitEn, teacher: teacherEn, lesson: lessonEn, regenerate: regenerateEn };
export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  nl: { ...nl, gan: ganNl, submit: submitNl, teacher: teacherNl, lesson: lessonNl, regenerate: regenerateNl } as Messages,
};
