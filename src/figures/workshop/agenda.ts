/**
 * The session's agenda, for the 90-minute session and the 45-minute variant: one list the guide prints,
 * the presenter view steps through (each section's slides, by id in `slides.ts`) and the notes window's
 * timer measures against. The 45-minute variant keeps the same story with fewer slides.
 */
export const VARIANTS = ['90', '45'] as const;
export type WorkshopVariant = (typeof VARIANTS)[number];
export const DEFAULT_VARIANT: WorkshopVariant = '90';

export interface AgendaSection {
  id: string;
  title: string;
  minutes: number;
  /** Slide ids, in order. */
  slides: readonly string[];
}

export interface Agenda {
  variant: WorkshopVariant;
  totalMinutes: number;
  sections: readonly AgendaSection[];
}

export const AGENDAS: Readonly<Record<WorkshopVariant, Agenda>> = {
  '90': {
    variant: '90',
    totalMinutes: 90,
    sections: [
      { id: 'welcome', title: 'Welcome and the question', minutes: 5, slides: ['welcome', 'why-one-building'] },
      {
        id: 'power',
        title: 'Why not one building',
        minutes: 10,
        slides: ['fairwater-power', 'widget-power', 'exercise-power-sites'],
      },
      {
        id: 'exchanges',
        title: 'What training exchanges',
        minutes: 10,
        slides: ['model-state', 'exercise-memory-fit'],
      },
      {
        id: 'distance',
        title: 'What distance costs',
        minutes: 15,
        slides: ['light-in-glass', 'widget-latency', 'exercise-light-in-fibre', 'waits', 'exercise-bandwidth-latency'],
      },
      {
        id: 'bandwidth',
        title: 'Bandwidth and overlap',
        minutes: 15,
        slides: ['overlap', 'widget-utilisation', 'exercise-hidden-sync', 'exercise-distance-utilisation'],
      },
      {
        id: 'talk-less',
        title: 'Talking less',
        minutes: 15,
        slides: ['drift-then-average', 'low-comm', 'exercise-talk-less'],
      },
      { id: 'failures', title: 'When something breaks', minutes: 10, slides: ['goodput', 'exercise-site-failure'] },
      { id: 'wrap-up', title: 'What to watch, and questions', minutes: 10, slides: ['what-to-watch', 'questions'] },
    ],
  },
  '45': {
    variant: '45',
    totalMinutes: 45,
    sections: [
      { id: 'welcome', title: 'Welcome and the question', minutes: 3, slides: ['welcome', 'why-one-building'] },
      {
        id: 'distance',
        title: 'What distance costs',
        minutes: 12,
        slides: ['light-in-glass', 'waits', 'exercise-bandwidth-latency'],
      },
      { id: 'bandwidth', title: 'Bandwidth and overlap', minutes: 10, slides: ['overlap', 'exercise-hidden-sync'] },
      { id: 'talk-less', title: 'Talking less', minutes: 12, slides: ['low-comm', 'exercise-talk-less'] },
      { id: 'wrap-up', title: 'What to watch, and questions', minutes: 8, slides: ['what-to-watch', 'questions'] },
    ],
  },
};

/** `?variant=45` gives the short session; anything else the full one. */
export function variantFrom(raw: string | null | undefined): WorkshopVariant {
  return (VARIANTS as readonly string[]).includes(raw ?? '') ? (raw as WorkshopVariant) : DEFAULT_VARIANT;
}

export interface AgendaStep {
  slideId: string;
  sectionId: string;
  /** Minutes planned before this slide's section starts. */
  sectionStartMinutes: number;
  sectionMinutes: number;
}

/** The agenda flattened to the order the presenter steps through. */
export function agendaSteps(variant: WorkshopVariant): AgendaStep[] {
  let start = 0;
  const steps: AgendaStep[] = [];
  for (const section of AGENDAS[variant].sections) {
    for (const slideId of section.slides) {
      steps.push({ slideId, sectionId: section.id, sectionStartMinutes: start, sectionMinutes: section.minutes });
    }
    start += section.minutes;
  }
  return steps;
}
