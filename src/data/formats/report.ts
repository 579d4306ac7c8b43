/** Why an IATI activity was not loaded (SPEC §2: skipped, never silently). */
export type SkipReason = 'cancelled' | 'no-country' | 'no-date';

export const SKIP_REASONS: readonly SkipReason[] = ['cancelled', 'no-country', 'no-date'];

/** An activity named in the report: its IATI identifier and title. */
export interface ReportedActivity {
  readonly identifier: string;
  readonly title: string;
}

/** What an IATI import loaded and what it left out, and why. */
export interface ImportReport {
  readonly total: number;
  readonly loaded: number;
  readonly skipped: Readonly<Record<SkipReason, readonly ReportedActivity[]>>;
  /** Activities whose end date was before their start: the end was dropped. */
  readonly endsDropped: readonly ReportedActivity[];
  /** The reporting organisation whose country is `home` (`KR-GOV-010`). */
  readonly reportingOrg: string;
}
