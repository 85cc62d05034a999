/**
 * The words rule packs are written in that code also needs at run time. Kept apart from the zod
 * schema so that engines can use them without loading the validator.
 */

/** Case dates an obligation can count from. */
export const ANCHORS = ['start', 'levelSince', 'arrival', 'informed', 'stayPlan', 'noticeGiven', 'received', 'decisionReceived'] as const;

/** Lists of dates held that fulfil an obligation. */
export const HELD_RECORDS = [
  'followUps',
  'sparringDiscussions',
  'rateReviews',
  'evaluationReports',
  'collaborationMeetings',
  'conversations',
  'systemMeetings',
  'informed',
  'stayPlan',
  'answered',
  'guidelineEvaluations',
  'departmentEvaluations',
  'halfYearEvaluations',
] as const;
