/** Where a participant stands on completing an edition, condition by condition. */
export interface CompletionStatus {
  editionId: string;
  editionName: string;
  completed: boolean;
  attendance: {
    /** Programme days held so far that count for this person. */
    counted: number;
    attended: number;
    /** The programme's threshold, e.g. 80. */
    thresholdPercent: number;
    met: boolean;
  };
  assignments: {
    total: number;
    approved: number;
    /** False when the programme does not require every assignment to be approved. */
    required: boolean;
    met: boolean;
  };
  /** Programme days of the edition still to be held; completion waits for the last one. */
  programmeDaysRemaining: number;
  /** The edition is completed (or archived): its outcome is fixed, and whoever has not completed it now never will. */
  editionCompleted: boolean;
  /** When the certificate was issued (its first download); null before. */
  certificateIssuedAt: string | null;
  /** `GET` this path for the PDF once completed (and, once issued, whatever corrections follow). */
  certificateUrl: string | null;
  /** `GET` this path for the certificate as an Open Badge: a PNG with the Open Badges 2.0 assertion baked in. */
  badgeUrl: string | null;
}

/** What a certificate states, frozen when it is issued. */
export interface CertificateStatement {
  participantName: string;
  programmeName: string;
  editionName: string;
  /** YYYY-MM-DD */
  editionStartDate: string;
  editionEndDate: string;
  programmeDaysAttended: number;
  programmeDaysCounted: number;
  /** ISO instant. */
  issuedAt: string;
}

/** What `GET /verify/:code` states, as its HTML page shows it (JSON clients get the Open Badges assertion). */
export type CertificateVerification =
  | { genuine: true; code: string; statement: CertificateStatement }
  | { genuine: false; code: string };
