import { summariseProfile, mainProfile } from "./scripts/bench/build-profile.ts";
const f = mainProfile(process.argv[2]!)!;
console.log(summariseProfile(f, process.cwd(), 70));
