import type { soundTemplates, voices } from "@/db/schema";

type VoiceRow = typeof voices.$inferInsert;
type SoundTemplateRow = typeof soundTemplates.$inferInsert;

// [id, display name, language, accent, gender, age bracket, provider, tags]
const VOICE_DATA: [string, string, string, string, string, string, string, string[]][] = [
  ["aria", "Aria", "English", "American", "female", "adult", "azure", ["friendly", "narration"]],
  ["guy", "Guy", "English", "American", "male", "adult", "azure", ["news", "calm"]],
  ["jenny", "Jenny", "English", "American", "female", "young adult", "azure", ["conversational"]],
  ["davis", "Davis", "English", "American", "male", "adult", "azure", ["energetic", "ads"]],
  ["sonia", "Sonia", "English", "British", "female", "adult", "azure", ["narration", "warm"]],
  ["ryan", "Ryan", "English", "British", "male", "adult", "azure", ["documentary"]],
  ["natasha", "Natasha", "English", "Australian", "female", "adult", "azure", ["friendly"]],
  ["william", "William", "English", "Australian", "male", "senior", "azure", ["calm", "audiobook"]],
  ["joanna", "Joanna", "English", "American", "female", "adult", "polly", ["news", "clear"]],
  ["matthew", "Matthew", "English", "American", "male", "adult", "polly", ["narration"]],
  ["amy", "Amy", "English", "British", "female", "young adult", "polly", ["conversational"]],
  ["brian", "Brian", "English", "British", "male", "senior", "polly", ["audiobook", "deep"]],
  ["olivia", "Olivia", "English", "Australian", "female", "young adult", "polly", ["ads"]],
  ["kajal", "Kajal", "English", "Indian", "female", "adult", "polly", ["support"]],
  ["arthur", "Arthur", "English", "British", "male", "adult", "polly", ["elearning"]],
  ["rachel", "Rachel", "English", "American", "female", "young adult", "elevenlabs", ["warm", "podcast"]],
  ["adam", "Adam", "English", "American", "male", "adult", "elevenlabs", ["deep", "narration"]],
  ["bella", "Bella", "English", "American", "female", "young adult", "elevenlabs", ["soft"]],
  ["antoni", "Antoni", "English", "American", "male", "young adult", "elevenlabs", ["energetic"]],
  ["charlotte", "Charlotte", "English", "Swedish", "female", "adult", "elevenlabs", ["characters"]],
  ["daniel", "Daniel", "English", "British", "male", "adult", "elevenlabs", ["news"]],
  ["hans", "Hans", "German", "Standard", "male", "adult", "polly", ["news"]],
  ["marlene", "Marlene", "German", "Standard", "female", "adult", "polly", ["narration"]],
  ["katja", "Katja", "German", "Standard", "female", "young adult", "azure", ["conversational"]],
  ["conrad", "Conrad", "German", "Standard", "male", "senior", "azure", ["documentary"]],
  ["celine", "Céline", "French", "Standard", "female", "adult", "polly", ["warm"]],
  ["mathieu", "Mathieu", "French", "Standard", "male", "adult", "polly", ["narration"]],
  ["denise", "Denise", "French", "Standard", "female", "young adult", "azure", ["ads"]],
  ["sylvie", "Sylvie", "French", "Canadian", "female", "adult", "azure", ["support"]],
  ["lucia", "Lucía", "Spanish", "Castilian", "female", "adult", "polly", ["news"]],
  ["enrique", "Enrique", "Spanish", "Castilian", "male", "adult", "polly", ["narration"]],
  ["mia", "Mía", "Spanish", "Mexican", "female", "young adult", "polly", ["conversational"]],
  ["jorge", "Jorge", "Spanish", "Mexican", "male", "adult", "azure", ["ads", "energetic"]],
  ["bianca", "Bianca", "Italian", "Standard", "female", "adult", "polly", ["warm"]],
  ["giorgio", "Giorgio", "Italian", "Standard", "male", "adult", "polly", ["documentary"]],
  ["camila", "Camila", "Portuguese", "Brazilian", "female", "young adult", "polly", ["podcast"]],
  ["ricardo", "Ricardo", "Portuguese", "Brazilian", "male", "adult", "polly", ["news"]],
  ["ines", "Inês", "Portuguese", "European", "female", "adult", "polly", ["narration"]],
  ["laura", "Laura", "Dutch", "Standard", "female", "adult", "polly", ["support"]],
  ["mizuki", "Mizuki", "Japanese", "Standard", "female", "adult", "polly", ["calm"]],
  ["takumi", "Takumi", "Japanese", "Standard", "male", "young adult", "polly", ["elearning"]],
  ["seoyeon", "Seoyeon", "Korean", "Standard", "female", "young adult", "polly", ["conversational"]],
  ["zhiyu", "Zhiyu", "Chinese", "Mandarin", "female", "adult", "polly", ["news"]],
  ["aditi", "Aditi", "Hindi", "Standard", "female", "adult", "polly", ["support"]],
  ["hala", "Hala", "Arabic", "Gulf", "female", "adult", "polly", ["narration"]],
  ["ola", "Ola", "Polish", "Standard", "female", "adult", "polly", ["elearning"]],
];

const INDUSTRIES = ["advertising", "education", "news", "podcast", "games", "support"];

export const CATALOG_VOICES: VoiceRow[] = VOICE_DATA.map(
  ([id, name, language, accent, gender, ageBracket, provider, tags], index) => ({
    id,
    name,
    language,
    accent,
    gender,
    ageBracket,
    provider,
    tags,
    industryExamples: [INDUSTRIES[index % INDUSTRIES.length] ?? "advertising"],
    timePerformance: index % 3 === 0 ? "fast" : "standard",
  }),
);

// [id, name, genre, mood, tempo, tags]
const SOUND_DATA: [string, string, string, string, string, string[]][] = [
  ["dawn", "Dawn", "ambient", "calm", "slow", ["morning", "soft"]],
  ["metropolis", "Metropolis", "electronic", "energetic", "fast", ["city", "tech"]],
  ["campfire", "Campfire", "acoustic", "warm", "slow", ["folk", "guitar"]],
  ["headline", "Headline", "corporate", "confident", "medium", ["news", "intro"]],
  ["sunny-day", "Sunny Day", "pop", "happy", "medium", ["upbeat"]],
  ["deep-focus", "Deep Focus", "ambient", "focused", "slow", ["study"]],
  ["skyline", "Skyline", "cinematic", "epic", "medium", ["trailer"]],
  ["groove-lab", "Groove Lab", "funk", "playful", "fast", ["bass"]],
  ["lullaby", "Lullaby", "classical", "gentle", "slow", ["piano"]],
  ["pulse", "Pulse", "electronic", "driving", "fast", ["sport"]],
  ["harbor", "Harbor", "acoustic", "nostalgic", "slow", ["sea"]],
  ["keynote", "Keynote", "corporate", "inspiring", "medium", ["presentation"]],
  ["neon-night", "Neon Night", "synthwave", "mysterious", "medium", ["retro"]],
  ["breakthrough", "Breakthrough", "cinematic", "uplifting", "medium", ["ads"]],
  ["coffeehouse", "Coffeehouse", "jazz", "relaxed", "slow", ["lounge"]],
  ["summit", "Summit", "rock", "bold", "fast", ["guitar", "sport"]],
];

export const CATALOG_SOUND_TEMPLATES: SoundTemplateRow[] = SOUND_DATA.map(
  ([id, name, genre, mood, tempo, tags], index) => ({
    id,
    name,
    genre,
    mood,
    tempo,
    tags,
    industryExamples: [INDUSTRIES[(index + 2) % INDUSTRIES.length] ?? "advertising"],
    contents: index % 2 === 0 ? ["intro", "main", "outro"] : ["main"],
  }),
);
