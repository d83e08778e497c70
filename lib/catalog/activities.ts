/** API families that usage is counted under, in the order charts show them. */
export const ACTIVITIES = [
  "script",
  "speech",
  "syncTts",
  "voice",
  "sound",
  "mastering",
  "media",
  "lexi",
  "connector",
  "webhooks",
  "voiceIntelligence",
] as const;

export type Activity = (typeof ACTIVITIES)[number];

export const ACTIVITY_LABELS: Record<Activity, string> = {
  script: "Script",
  speech: "Speech",
  syncTts: "Speech (sync)",
  voice: "Voice",
  sound: "Sound",
  mastering: "Mastering",
  media: "Media",
  lexi: "Lexi",
  connector: "Connector",
  webhooks: "Webhooks",
  voiceIntelligence: "Voice Intelligence",
};

export function isActivity(value: string): value is Activity {
  return (ACTIVITIES as readonly string[]).includes(value);
}
