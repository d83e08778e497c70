import { ACTIVITIES, ACTIVITY_LABELS, isActivity, type Activity } from "@/lib/catalog/activities";

/**
 * One fixed colour per activity, the same on every chart. The first ten are the Tableau 10
 * categorical palette, chosen because its neighbours stay distinct on a white background.
 */
export const ACTIVITY_COLORS: Record<Activity, string> = {
  script: "#4e79a7",
  speech: "#f28e2b",
  syncTts: "#e15759",
  voice: "#76b7b2",
  sound: "#59a14f",
  mastering: "#edc948",
  media: "#b07aa1",
  lexi: "#ff9da7",
  connector: "#9c755f",
  webhooks: "#bab0ac",
  voiceIntelligence: "#6d3fd6",
};

/** Colour of an activity name the catalog does not list (for example one retired later). */
export const UNKNOWN_ACTIVITY_COLOR = "#64748b";

export function activityColor(activity: string): string {
  return isActivity(activity) ? ACTIVITY_COLORS[activity] : UNKNOWN_ACTIVITY_COLOR;
}

export function activityLabel(activity: string): string {
  return isActivity(activity) ? ACTIVITY_LABELS[activity] : activity;
}

/** Orders activities as the catalog lists them; unknown names follow, alphabetically. */
export function compareActivities(a: string, b: string): number {
  const rankA = isActivity(a) ? ACTIVITIES.indexOf(a) : ACTIVITIES.length;
  const rankB = isActivity(b) ? ACTIVITIES.indexOf(b) : ACTIVITIES.length;
  return rankA - rankB || a.localeCompare(b);
}
