import type { Locale } from '../config';
import en from './en.json';
import ganEn from './gan.en.json';
import ganNl from './gan.nl.json';
import nl from './nl.json';
import submitEn from './submit.en.json';
import submitNl from './submit.nl.json';
import teacherEn from './teacher.en.json';
import teacherNl from './teacher.nl.json';

// Each area keeps its strings in its own pair of files so areas can grow without conflicts;
// English is the shape both languages must have (a unit test checks the Dutch keys match).
const enAll = { ...en, gan: ganEn, submit: submitEn, teacher: teacherEn };
export type Messages = typeof enAll;

export const MESSAGES: Record<Locale, Messages> = {
  en: enAll,
  nl: { ...nl, gan: ganNl, submit: submitNl, teacher: teacherNl } as Messages,
};
