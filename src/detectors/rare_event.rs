//! Striking or rare conditions and circumstances people remember: foreign bodies, animal
//! attacks, lightning, public accidents, multiples, extreme durations, very rare diagnoses. A
//! lexicon of event nouns and verbs with short patterns around them, not sentences.

use crate::category::{Category, Severity};
use crate::detector::{Candidate, Detector};
use crate::detectors::context::{clause_tail, last_word, mentions_own_family};
use crate::detectors::cues::{in_tag, previous_word_is, Rule, RuleSet};
use crate::text::Text;

const REASON: &str = "A memorable event: anyone who heard about it (neighbours, coworkers, the local news) could recognise the patient.";
const SUGGEST: Option<&str> = Some("remove or describe more generally (\"an unusual injury\")");

const ANIMALS: &str = r"dog|dogs|pit ?bull|rottweiler|bear|black bear|grizzly|bull|cow|heifer|steer|horse|mule|donkey|goat|pig|hog|boar|snake|copperhead|rattlesnake|rattler|cottonmouth|water moccasin|python|boa|alligator|gator|crocodile|shark|stingray|jellyfish|raccoon|bat|squirrel|fox|coyote|lizard|bearded dragon|iguana|cat|deer|buck|moose|elk|bison|spider|brown recluse|black widow|scorpion|fire ant|fire ants|bees|hornets?|wasps?|monkey|chimp|llama|camel|parrot|rooster|ostrich|emu|octopus|ferret|goose|geese|swan|turkey|peacock|alpaca|pit mix|pit bull mix|german shepherd|husky|chihuahua|doberman|mastiff|hamster|rat|beaver|badger|possum|opossum|skunk|porcupine|mountain lion|cougar|bobcat|wolf|hawk|owl|eagle|barracuda|eel|catfish|dolphin|sea lion|seal|manatee|horsefly|tick|leech|lionfish|sea urchin|stonefish|man o' war|portuguese man o' war";

const THINGS: &str = r"fish ?hooks?|fishing hooks?|arrows?|skewers?|chopsticks?|fork|spoon|knife|knives|battery|batteries|button battery|magnets?|coins?|quarters?|nails?|screws?|toothbrush|ring|keys?|razor blades?|pen|pencil|earbuds?|airpods?|legos?|lego pieces?|dentures|bolts?|marbles?|pins?|needles?|light ?bulb|phone|remote|spine|fish bone|chicken bone|bone|toothpick|bottle cap|hair tie|earrings?|retainer|partial|sim card|jingle bells?|bells?|dice|cable|charger cable|phone charger|charging cable|cord|wire|paper ?clips?|thumbtacks?|bobby pins?|safety pins?|hairpins?|chess piece|game piece|dominoe?s?|glass|buckyballs?|magnet balls?|screwdrivers?|(?:tide|laundry|dishwasher|detergent) pods?";

/// Finds memorable events.
pub struct RareEvent {
    rules: RuleSet,
    /// "glucose of 2,140", "CK of 88,000", "K+ 8.1": a lab value and its number.
    lab: regex::Regex,
}

/// Lab values so far out of range that the people who saw them retell them, as (analyte
/// names, low limit, high limit) in tenths: a value at or beyond a limit is memorable; a low
/// limit of 0 is none ("BAC 0.08" is no record). Tenths
/// and integers rather than floats: float parsing would add ~20 KB to the wasm.
const EXTREME_LABS: &[(&[&str], u64, u64)] = &[
    (
        &[
            "glucose",
            "sugar",
            "bg",
            "bgl",
            "blood sugar",
            "fsbg",
            "cbg",
        ],
        200,
        10_000,
    ),
    (&["ck", "cpk"], 0, 200_000),
    (&["sodium", "na"], 1050, 1750),
    (&["potassium", "k", "k+"], 15, 80),
    (&["lactate", "lactic"], 0, 150),
    (&["etoh", "bac", "alcohol level", "ethanol"], 0, 4500),
    (&["inr"], 0, 100),
    (&["hgb", "hemoglobin", "hb"], 30, u64::MAX),
    (&["ammonia"], 0, 3000),
    (&["ph"], 67, 78),
    // A body temperature of 105 F or more ("core temp of 108.2"); Celsius never gets there.
    (&["temp", "temperature", "tmax"], 0, 1050),
];

/// "2,140" -> 21400, "8.1" -> 81 (tenths; further decimals dropped).
fn tenths(number: &str) -> Option<u64> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let mut value: u64 = 0;
    for b in whole.bytes().filter(|&b| b != b',') {
        value = value
            .checked_mul(10)?
            .checked_add(u64::from(b.checked_sub(b'0')?))?;
    }
    let tenth = fraction
        .bytes()
        .next()
        .map_or(0, |b| u64::from(b.saturating_sub(b'0')));
    value.checked_mul(10)?.checked_add(tenth)
}

impl RareEvent {
    /// Compiles the lexicon.
    pub fn new() -> Self {
        let pats: Vec<String> = vec![
            // Foreign bodies, swallowed or inserted.
            format!(r"(?:swallowed|swallowing|swallows|ate|inhaled|aspirated|bit into) (?:(?:a|an|the|his|her|two|three|four|five|six|[0-9]+|whole|entire|tiny|small|button|aaa|aa|lithium)\x20)*(?:[a-z']+ ){{0,4}}?(?:{THINGS})(?: from (?:a|an|the) (?:[a-z]+ ){{0,2}}(?:card|toy|remote|watch|hearing aid|calculator|key fob))?"),
            // A live creature holding on to or inside the body: "a live crawfish clamped on his
            // nose", "a crab latched onto her toe", "a live minnow in his ear".
            r"(?:live (?:[a-z]+ ){1,2}?|(?:crab|crawfish|crayfish|lobster|snapping turtle|turtle|eel|leech|roach|cockroach|moth|beetle|centipede|minnow|fish) )(?:(?:clamped|latched|stuck|lodged|attached|hanging|swimming|crawling|living) )?(?:(?:on|onto|to|in|from|inside|up) )?(?:his|her|their) (?:nose|nostril|ear|ears|ear canal|lip|lips|finger|thumb|toe|nipple|tongue|eye|eyelid|throat|rectum|butt|vagina|urethra|penis|scrotum)".into(),
            // Anything lodged deep inside: "a full upper denture lodged in the esophagus".
            r"(?:a|an|his|her|their) (?:[a-z-]+ ){0,3}?(?:lodged|wedged|impacted|stuck) (?:deep )?in (?:his|her|their|the) (?:esophagus|airway|bronchus|trachea|rectum|bladder|urethra|vagina|sinus|nasal cavity)".into(),
            // "a fork stuck in his ear", "a AAA battery lodged in her nose".
            r"(?:a|an|the|two|three|[0-9]+) (?:[a-z]+ )?(?:grape|bottle|vibrator|cucumber|carrot) (?:stuck|lodged|embedded|wedged|inserted) (?:up |deep )?in(?:to)? (?:his|her|their) (?:ear|ears|nose|nostril|throat|esophagus|airway|rectum|butt|bladder|urethra|vagina|eye)".into(),
            // Arrivals people retell: "drove his riding lawnmower to our ER", "came to the
            // drive-thru on a riding mower"; a severed part brought along ("his own severed thumb
            // in a Big Gulp cup").
            r"(?:drove|rode|came|showed up|pulled up) (?:(?:his|her|their|a) (?:riding )?(?:lawn ?mower|mower|tractor|golf cart|horse|mule|zamboni|forklift|mobility scooter|motorcycle|dirt bike|atv) (?:to|into|through) (?:the|our|my|a) [a-z-]+|on (?:a|his|her|their) (?:riding )?(?:lawn ?mower|mower|tractor|golf cart|horse|mule|zamboni|forklift)(?: to| into)?)|(?:his|her|their) (?:own )?severed (?:finger|fingertip|thumb|toe|ear|hand|nose|finger tip) in (?:a|an) (?:[a-z-]+ ){0,3}?(?:cup|bag|cooler|jar|baggie|ziploc|ziplock|bottle|container|tupperware)".into(),
            // Machinery: "the chainsaw injury", "caught in a hay baler", "a tractor rollover".
            r"(?:the|a|an|his|her|their) (?:chainsaw|chain saw|wood ?chipper|hay baler|grain auger|auger|pto shaft|nail gun|table saw|meat slicer|snowblower|snow blower|lawn ?mower|riding mower) (?:injury|accident|laceration|amputation)|(?:caught|pulled|trapped) in (?:a|the|his|her|their) (?:hay baler|baler|grain auger|auger|grain bin|combine|pto shaft|wood ?chipper|conveyor)|(?:tractor|atv|four-wheeler|golf cart|combine) rollover".into(),
            // "a fishing hook through his eyelid", "a nail sticking out of her palm", "a fishhook
            // went through her eyelid": impaled.
            format!(r"(?:a|an|the|two|three|[0-9]+) (?:[a-z]+ )?(?:{THINGS}|hook|stick|branch|pole|rebar|fence post|screwdriver|pitchfork) (?:went |got |go |ended up |was |is )?(?:all the way |right |clean )?(?:through|stuck (?:in|through)|lodged in|embedded in|impaled in|sticking out of) (?:his|her|their) (?:eyelid|eyeball|eye|cheek|lip|tongue|hand|palm|finger|thumb|foot|heel|skull|head|forehead|neck|chest|abdomen|belly|thigh|leg|calf|arm|forearm|butt|back)"),
            // "a fork in his neck", "a pencil in her eye", "a cocktail sword stuck in his
            // forearm": a sharp thing in a body part where
            // none belongs (plain "in" only for such parts: "a pen in his hand" is ordinary).
            r"(?:a|an|the|two|three|four|five|[0-9]+) (?:[a-z]+ )?(?:fork|knife|steak knife|kitchen knife|nails?|screws?|arrows?|skewer|chopsticks?|pencil|pen|needles?|fish ?hooks?|razor blade|screwdriver|rebar|pitchfork|machete|scissors|ice pick|darts?|harpoon|crossbow bolt|sword|cocktail sword|toothpick) (?:still |stuck |lodged |embedded )?in (?:his|her|their|the) (?:forearm|arm|foot|neck|eye|eyeball|eyelid|skull|head|forehead|chest|abdomen|belly|cheek|tongue|temple|back|butt|buttock|thigh)".into(),
            // A patient's own words, quoted: people who were there recognise the line. (It ends on
            // the last letter: rules end on a word boundary, so not on the closing quote.)
            r#"(?:she|he|pt|the patient|my patient|the pt|mom|dad|grandma|grandpa|the kid|the guy|the lady) (?:told me|said|asked me|yelled|screamed|whispered|begged|announced)(?:,|:)? ["\u{201c}'][a-z][^"\u{201d}\n]{5,79}[a-z0-9]"#.into(),
            r"ate (?:a |an |the )?(?:ghost pepper|carolina reaper|one chip|tide pod|laundry pod)(?: [a-z]+)?".into(),
            r"(?:a |an )?(?:piece of |length of )?(?:rebar|fence post|metal rod|pole|arrow|crossbow bolt|harpoon|fish ?hook|nail|screwdriver|chopstick|pencil|branch|stick) (?:through|into|in) (?:his|her|their) [a-z]+|impaled(?: on (?:a|an|the) [a-z]+)?".into(),
            format!(r"brought (?:his|her|their) (?:pet |emotional support )?(?:{ANIMALS}|chihuahua|puppy|kitten|ferret|rabbit|chicken|hamster|rat|turtle) (?:in (?:his|her|their) (?:purse|bag|pocket|backpack|coat|shirt)(?: to (?:his|her|their) [a-z]+)?|to (?:his|her|their|the) (?:[a-z]+ )?(?:appointment|appt|colonoscopy|surgery|mri|visit|exam|cleaning|checkup|check-up))"),
            // Animals.
            format!(r"(?:(?:a|an|the|his|her|their|a neighbor's|the neighbor's|class|classroom|school|pet|family) )?(?:(?:wild|rabid|black|brown|grizzly|huge|angry|stray|pet|family|own)\x20)*(?:{ANIMALS}) (?:(?:went after|attacked|mauled|bit|charged|chased|gored|headbutted|head-butted|kicked|trampled|stomped on|stepped on|bucked off|threw|dragged) (?:him|her|them|his|her)(?: on (?:a|the) [a-z]+| through (?:a|the) [a-z]+| in the [a-z]+| out by the [a-z]+)?|(?:wrapped|coiled) (?:itself )?around (?:his|her|their) (?:neck|arm|leg|wrist|waist|torso)|attack|mauling|(?:ran|crawled|climbed|flew|got) (?:up|into|inside|down) (?:his|her|their) (?:shorts|pants|shirt|sleeve|pant leg|ear|nose|mouth|boot|boots)|(?:got into|broke into|came into|came through|was in|got in|living in) (?:his|her|their|the) (?:house|kitchen|bedroom|car|truck|van|minivan|suv|jeep|subaru|camper|rv|boat|tent|trailer|cabin|attic|walls|bed|crib|toilet)|(?:bite|bites|scratch|sting|stings|attack|kick|goring) (?:on|to) (?:his|her|their|the) (?:tongue|eye|eyelid|lip|face|neck|throat|nose|ear|[a-z]+))"),
            // Struck by a thing people remember: "knocked clean out by a baton", "hit by a foul
            // ball".
            r"(?:knocked|struck|hit|smacked|whacked|speared|impaled|clocked|beaned|nailed) (?:[a-z']+ ){0,3}?by (?:a|an|the|his|her|their|a stray|a flying) (?:[a-z-]+ )?(?:baton|foul ball|baseball|softball|hockey puck|puck|golf ball|golf club|bat|frisbee|javelin|discus|shot put|boomerang|ceiling fan|swing|pinata stick|piñata stick|cornhole bag|falling branch|falling tree|tree limb|flying tire|tire|bowling ball|lacrosse ball|lacrosse stick|pickleball|paddle)".into(),
            // The patient's own big day: "caught covid at his own wedding".
            r"(?:at|on the way to|on (?:his|her|their) way to) (?:his|her|their) own (?:wedding|wedding reception|reception|funeral|retirement party|birthday party|graduation|baby shower|bachelor party|bachelorette party|gender reveal|quinceañera|quinceanera|bar mitzvah|bat mitzvah)".into(),
            // Trapped somewhere people retell: "trapped in a porta-potty that tipped over".
            r"(?:trapped|stuck|locked|wedged|pinned) (?:inside |in |under )(?:a|an|the|his|her|their) (?:[a-z-]+ )?(?:porta-potty|porta potty|portapotty|porta-john|port-a-john|outhouse|dumpster|chimney|claw machine|walk-in freezer|freezer|storm drain|culvert|grain bin|car trunk|trunk|tanning bed|locker|crawl space|crawlspace|sewer|washing machine|dryer|toilet|bathtub|hot tub|barrel|drainpipe)".into(),
            // Injuries from machines at work: "hand lac from a meat slicer".
            r"(?:lac|laceration|injury|amputation|degloving|avulsion|cut|crush injury)s? (?:from|by|with|on|in) (?:a|an|the|his|her|their) (?:chainsaw|chain saw|wood ?chipper|hay baler|baler|grain auger|auger|pto shaft|nail gun|table saw|band saw|meat slicer|meat grinder|deli slicer|snowblower|snow blower|lawn ?mower|riding mower|log splitter|mandoline|industrial mixer|conveyor)".into(),
            // Births where nobody planned them: "Baby arrived in triage", "had a woman deliver in
            // the elevator", "baby born in the back of her minivan"; choking at a party on
            // a thing people remember; a rescue in front of everyone.
            r"(?:crowning|fully dilated|delivered|born) in the (?:passenger seat|front seat|back seat|parking lot|parking garage|elevator|back of (?:our|the|a|her|his) (?:rig|ambulance|car|truck|pickup|minivan|van|suv))|(?:baby|she|he) (?:arrived|came|was born|was delivered|delivered) (?:right )?(?:in|at|on) (?:the |our )?(?:triage|waiting room|hallway|elevator|parking lot|parking garage|ambulance bay|lobby|front seat|back seat|bathroom)|(?:baby|she|he|woman|mom|mama|lady|patient|pt) ((?:arrived|came|was born|born|was delivered|delivered|deliver|delivering|gave birth|give birth|giving birth) (?:right )?(?:in|at|on) (?:the |our |a |her |his |their )?(?:back of (?:a|an|the|her|his|their|our) (?:car|minivan|van|truck|suv|pickup|cab|taxi|uber|lyft|rig|ambulance)|bed of (?:a|an|the|her|his|their) (?:[a-z]+ )?(?:pickup|truck)|passenger seat|driver's seat|triage|waiting room|hallway|elevator|parking lot|parking garage|ambulance bay|lobby|front seat|back seat|bathroom))|choked on (?:a|an|the|his|her|their) (?:[a-z']+ ){0,2}?(?:cake topper|topper|toy|lego|coin|bottle cap|marble|balloon|battery|magnet|ring|engagement ring|wedding ring|denture|dentures|game piece|chess piece)|(?:did|doing|performed|gave (?:him|her|them)) the heimlich(?: (?:in|on|at) (?:his|her|the|a) [a-z]+)?".into(),
            // Odd accidents: a zip-line or balloon crash, a shock from one's own gear, a shard in
            // a limb.
            r"(?:zip-?line|zipline|bounce house|trampoline|hot-air balloon|hot air balloon|parasail|parasailing|bungee|skydiving|hang glider|paraglider|go-kart|bull riding|mechanical bull) (?:accident|crash|fall|incident|mishap)|(?:hot-air |hot air )?balloon came down|(?:shocked|electrocuted|zapped) by (?:his|her|their|a|an|the) (?:own )?(?:[a-z-]+ ){0,2}?(?:machine|fence|wire|line|outlet|speaker|amp|amplifier|guitar|taser|mic|microphone|lights)|(?:a|an|the) (?:shard|piece|chunk|sliver|splinter|fragment) of (?:[a-z-]+ ){1,3}?(?:in|into|through|stuck in|lodged in|embedded in) (?:his|her|their|the) (?:thigh|leg|arm|forearm|hand|eye|chest|neck|back|foot|calf|cheek|scalp)|fell (?:into|down) (?:a|an|the) (?:crevasse|crevice|manhole|sinkhole|mine shaft|well|cistern|canyon)".into(),
            // Jumps people retell: "tried to jump a frozen pond on a bicycle"; collapsing at a
            // mile marker of a race.
            r"(?:tried|trying|attempted|attempting) to jump (?:over )?(?:a|an|the|his|her|their) (?:[a-z-]+ ){0,3}?(?:on|with|in) (?:a|an|his|her|their) (?:bike|bicycle|atv|dirt bike|skateboard|scooter|snowmobile|sled|motorcycle|four-wheeler|golf cart|lawn ?mower|trampoline|shopping cart)|(?:collapsed|went down|coded|arrested) at mile [0-9]+(?: of (?:the|a) (?:[a-z]+ )?(?:marathon|half|race|ultra))?".into(),
            // Fireworks set off on a body: "lit a mortar off his head".
            r"(?:lit|light|lighting|set off|setting off|shot off|shooting off|launched|launching|held|holding) (?:a |an |the |his |her )?(?:[a-z]+ )?(?:mortar|firework|fireworks|roman candle|m-?80|m-?1000|bottle rocket|cherry bomb|quarter stick|tannerite|artillery shell) (?:[a-z']+ ){0,2}?(?:off|on|in|from|out of) (?:his|her|their) (?:head|hand|mouth|butt|helmet|chest|hat|crotch|lap)".into(),
            // Streaming the stay: "livestreaming from his hospital bed".
            r"(?:livestreaming|live-?streaming|went live|going live|streaming|vlogging|tiktoking) (?:from|in) (?:his|her|their) (?:hospital bed|hospital room|stretcher|icu bed|icu room|hospital gown)".into(),
            r"(?:his|her|their|a) pet (?:python|snake|boa|alligator|tiger|monkey|raccoon|skunk|scorpion|tarantula)(?: wrapped itself around (?:his|her|their) neck)?|(?:anaphylaxis|allergic reaction) from(?:\.\.\.|\W)* ?(?:a |an |one )?(?:single )?(?:fire ant|bee|wasp|hornet|jellyfish)".into(),
            // A report to child or adult protective services; a case of a disease few doctors
            // ever see ("first case of measles i've ever seen").
            r"(?:cps|child protective services|dcfs|aps|adult protective services) (?:is|was|got|has been|are|were) (?:involved|called|notified|here)|(?:called|calling|made the call to|filed (?:a report )?with|reported (?:it |this |him |her )?to|notified) (?:cps|child protective services|dcfs|adult protective services)|(?:first |a |one |another |confirmed )?case of (?:measles|rabies|tetanus|diphtheria|polio|botulism|anthrax|plague|leprosy|typhoid|cholera|ebola|mpox|monkeypox)|(?:kid|child|baby|infant|toddler|patient|pt|man|woman|guy|lady|teen) with (?:measles|rabies|tetanus|diphtheria|polio|botulism|leprosy)".into(),
            // Vehicles driven into odd places ("drove the rider into his own pool"); keeping a
            // removed body part ("asked to keep his own appendix in a jar").
            r"(?:drove|crashed|rolled|flipped|backed|steered) (?:his|her|their|the|a) (?:[a-z-]+ )?(?:mower|rider|tractor|golf cart|atv|car|truck|suv|minivan|forklift|boat|jet ski|snowmobile|scooter) (?:into|through|off) (?:his|her|their|the|a) (?:own )?(?:pool|swimming pool|pond|lake|house|living room|kitchen|garage|river|creek|ditch|storefront|bank|church)|(?:keep|kept|take home|took home|taking home) (?:his|her|their) own (?:appendix|gallbladder|kidney stones?|stones?|tooth|teeth|leg|foot|toe|finger|hip|bullet|bone|tumor|placenta)".into(),
            // Spanish: "se tragó un imán" (swallowed a magnet).
            r"se (?:tragó|trago|comió|comio) (?:un|una|dos|tres|[0-9]+) (?:[a-záéíóúñ]+ )?(?:imán|iman|imanes|moneda|monedas|pila|pilas|batería|bateria|clavo|clavos|alfiler|arete|tornillo|juguete|canica|llave|anillo)".into(),
            // A public disaster the patient is tied to: "since the grain elevator collapse".
            r"(?:the|that) (?:[a-z]+ )?(?:grain elevator|grain bin|silo|bridge|mine|building|roof|stage|crane|parking garage|factory|plant|refinery|warehouse|apartment|bleachers|dam|nightclub|concert|parade|festival) (?:collapse|explosion|shooting|blast|stampede|crush)".into(),
            // Lightning, fire, explosions, CO.
            r"struck by lightning(?: while [a-z]+)?|hit by lightning|lightning strike|(?:co|carbon monoxide) poisoning(?: from (?:a|an|the) [a-z]+(?: running in the [a-z]+)?)?|ran back in(?:to the [a-z]+)?(?: for (?:the|his|her|their) (?:[a-z]+ )?(?:dog|cat|kids?|baby|puppy|family dog))?|house fire|(?:fireworks?|firework) (?:accident|injury|explosion)|lose (?:(?:three|two|four|both|all|some|his|her)\x20)*(?:fingers?|toes?|hands?|feet|legs?|arms?|eyes?) to (?:a|an|the) [a-z]+|lost (?:both|all|three|two) (?:(?:his|her|their) )?(?:fingers|toes|hands|feet|legs|arms)(?: and (?:some|most|all) (?:fingers|toes))?|(?:propane|gas|grill|meth lab) explosion".into(),
            // Vehicles and public accidents.
            // "car vs moose", "ped vs auto": EMS shorthand for a collision; "nail-gunned his own
            // hand", "sat on his own gun", "140 stitches", "41 cats": the details people retell.
            format!(r"(?:car|truck|pickup|suv|motorcycle|motorcyclist|bike|bicycle|cyclist|ped|pedestrian|atv|snowmobile|moped|scooter|semi|bus|train|mvc|buggy|tractor|golf cart|dirt bike|four-wheeler|side-by-side|skateboard|go-kart|jet ski|boat) vs\.? (?:a |an |the )?(?:{ANIMALS}|train|tree|pole|semi|bus|car|auto|truck|pickup|house|building|pedestrian|ped|bike|cyclist|guardrail|bridge|bridge abutment|fence|barbed wire(?: fence)?|mailbox|ditch|culvert|wall|buggy|tractor)"),
            r"nail[- ]?gunned (?:his|her|their) (?:own )?[a-z]+(?: to (?:a|an|the) [a-z0-9]+)?|(?:shot|nailed) (?:himself|herself|themselves) (?:in the [a-z]+ )?with (?:a|an|his|her|their) nail ?gun|(?:sat|stepped|rolled over) on (?:his|her|their) own (?:gun|pistol|handgun|rifle)|accidentally shot (?:himself|herself|themselves)|[1-9][0-9]{1,3} (?:stitches|staples|sutures|stings|bee stings|wasp stings)|(?:lives|lived|living)(?: alone)? (?:with|w/) (?:[a-z]+ )*[1-9][0-9]{1,3} (?:cats|dogs|birds|rabbits|chickens|snakes|ferrets)|[1-9][0-9]{1,3} (?:cats|dogs) in (?:the|her|his|their|a) (?:house|apartment|trailer|home)".into(),
            // Generalised shapes: a small object in a body opening within a few words ("a lego up
            // each nostril", "button battery in her esophagus", "a crayon wedged up her nose");
            // an animal after "by" within a few words ("bit by his own pet emu", "mauled by the
            // neighbor's pit mix"); a fall through or off something people remember.
            format!(r"(?:(?:a|an|the|one|two|three|[0-9]+) )?(?:{THINGS}|lego|crayon|bead|beads|pea|peas|bean|beans|popcorn kernel|earring|earrings|toy|toy car|eraser|cotton swab|q-tip|tooth|pebble|rock|shell|jewel|gem|candy|tic tac|skittle|marble|bb|pellet|bullet|fish bone|chicken bone|bone|(?:live |dead )?(?:goldfish|minnow|cockroach|roach|beetle|moth|spider|tick|worm|leech|insect|bug|fly|ant|earwig)) (?:[a-z0-9'+.-]+ ){{0,5}}?(?:(?:in|up|into|inside|through|thru|down|from|out of) (?:(?:his|her|their|the|each|both|one|a|an)\x20)?(?:[0-9]+ ?(?:yo|y/o)\x20|[a-z0-9-]+ )?(?:(?:man|woman|guy|lady|kid|boy|girl|patient|pt|toddler|baby|child|teen|infant|grandma|grandpa)'s\x20)?(?:(?:left|right|l|r|own)\x20)?(?:nose|nostril|nostrils|ear|ears|ear canal|esophagus|throat|airway|bronchus|lung|rectum|butt|bladder|urethra|vagina|eye|eyeball|skull|brain|stomach|tonsil|tonsils|palate|uvula|cheek)|where the sun (?:don't|doesn't|does not) shine)"),
            format!(r"(?:bit|bitten|mauled|attacked|kicked|gored|stung|trampled|scratched|pecked|headbutted|head-butted|dragged|thrown|bucked off|chased|charged|stomped|sat on|rolled on|pinned) (?:[a-z']+ ){{0,4}}?by (?:(?:a|an|the|his|her|their|our|my|its|own|pet|family|neighbor's|neighbour's|neighbors|wild|rabid|stray|angry|huge|giant|baby|mama|mother|escaped|prize|rescue|rescued|farm|class|single|swarm of)\x20)*(?:{ANIMALS})"),
            r"(?:fell|falling|fallen|fall|tumbled|plunged) (?:off|from|through|thru|out of|down|into|in) (?:(?:a|an|the|his|her|their|a neighbor's|an old|an open|an empty)\x20)?(?:[a-z0-9'-]+ ){0,2}?(?:skylight|roof|ladder|silo|grain elevator|grain bin|corn crib|manure pit|hayloft|loft|well|cistern|septic tank|elevator shaft|stairwell|trampoline|tree ?stand|deer stand|bluff|cliff|quarry|gorge|waterfall|ravine|mine shaft|sinkhole|frozen pond|ice|pool table|zip ?line)(?: onto (?:a|an|the) (?:[a-z]+ ){0,2}[a-z]+)?".into(),
            // Vehicles, farm and road: "a head-on on Route 9", "the rollover on I-84", "came in by
            // buggy", "pinned under his own tractor ~9 hrs".
            r"(?:a|the) head-on(?: collision| crash)?|head-on (?:collision|crash|mvc)|(?:the|a) (?:rollover|roll-over)(?: (?:on|off) (?:i-[0-9]+|route [0-9]+|[a-z]+ (?:road|rd|highway|hwy)))?|(?:rollover|roll-over) (?:on|off) (?:i-[0-9]+|route [0-9]+|[a-z]+ (?:road|rd|highway|hwy))|(?:snowmobile|atv|utv|tractor|jeep|side-by-side|quad|four-wheeler|semi|tanker) (?:rollover|roll-over)|rolled (?:his|her|their) (?:[a-z]+ )?(?:truck|car|atv|tractor|jeep|side-by-side|four-wheeler|mower|semi|combine)|t-?boned|ejected from (?:the|a|his|her) [a-z]+|wrapped (?:his|her|their|the) [a-z]+ around (?:a|the) (?:tree|pole)|by (?:horse and )?buggy|(?:horse and )?buggy (?:crash|accident)|pinned (?:under|beneath) (?:(?:his|her|their|a|an|the|own)\x20)*[a-z]+(?: (?:~|about |for |almost |nearly )?[0-9]+ ?(?:hrs|hours|h|days))?|pinned (?:~|about |for |almost |nearly |over )?[0-9]+ ?(?:min|mins|minutes|hrs|hours)".into(),
            // Self-treatment and makeshift repairs: "holding his own arm together with duct tape",
            // "pulled out her own stitches", "sewed up his own leg".
            r"(?:(?:pulled|took|cut|sewed|stitched|stapled|glued|drained|lanced|set|reset|splinted|pulled out|popped) (?:out |up |back )?(?:his|her|their) own [a-z]+|(?:holding|held|taped|tied|strapped|fixed|closed|patched) (?:his|her|their) (?:own )?(?:arm|hand|finger|fingers|thumb|leg|foot|toe|head|scalp|wound|cut|lac|laceration|ear|lip|chin|jaw|knee) (?:[a-z']+ ){0,2}?(?:together |shut |closed |on )?with (?:duct tape|super ?glue|gorilla glue|zip ?ties?|fishing line|a staple gun|electrical tape|a belt|a shoelace|a sock))".into(),
            // Transplants, extreme prematurity and device storms.
            r"(?:needs|needed|waiting for|on the list for|got|received|getting|had) (?:a |his |her |their |the )?(?:new )?(?:heart|liver|kidney|lung|double lung|bilateral lung|face|hand|uterus|pancreas|bone marrow|multi-organ) transplant|[2][1-5][- ]?(?:weeker|wk(?:er)?s?)(?:,? [1-9][0-9]{2} ?(?:grams|g|gm))?|[1-9][0-9]{2} ?(?:grams|gm) at birth|(?:icd|defib|aicd|pacemaker) (?:fired|shocked (?:him|her|them)|went off) (?:[0-9]+|three|four|five|six|seven|eight|nine|ten|a dozen) times".into(),
            // Where a birth happened: "went into labor in the bathroom at her high school".
            r"(?:gave birth|delivered|went into labor|had (?:the|her|a) baby|her water broke|started pushing|crowning) (?:[a-z']+ ){0,3}?(?:in|at|on) (?:the|a|an|her|his|their) (?:[a-z']+ ){0,3}?(?:bathroom|restroom|car|truck|parking lot|school|high school|walmart|target|costco|store|elevator|ambulance|uber|lyft|taxi|plane|bus|field|church|restaurant|toilet|hallway|lobby|driveway|shower|bathtub|kitchen floor|drive-thru|gas station|football game|concert|wedding|prom|graduation)".into(),
            // Rare diseases (an incomplete list of conditions rare enough that a community knows
            // who has them).
            r"fabry(?: disease)?|gaucher(?: disease)?|pompe(?: disease)?|niemann-pick|tay-sachs|krabbe|batten disease|canavan|maple syrup urine disease|msud|fibrodysplasia ossificans progressiva|fop|ehlers-danlos type iv|vascular eds|epidermolysis bullosa|butterfly skin|xeroderma pigmentosum|moebius syndrome|treacher collins|apert syndrome|proteus syndrome|cri du chat|trisomy 13|trisomy 18|patau syndrome|edwards syndrome|prader-willi|angelman syndrome|rett syndrome|fatal familial insomnia|creutzfeldt-jakob|cjd|kuru|stone man syndrome|alice in wonderland syndrome|foreign accent syndrome|alien hand syndrome|cotard(?:'s)? (?:syndrome|delusion)|capgras|pica|trichobezoar|rapunzel syndrome|chagas|leishmaniasis|hantavirus|tularemia|brucellosis|psittacosis|q fever|vibrio vulnificus|mucormycosis|black fungus|acanthamoeba|baylisascaris|rat lungworm|trichinosis|botfly|myiasis|maggots".into(),
            // Fainting or seizing in front of the people one leads: "fainted in front of her 2nd
            // graders", "collapsed in front of the whole congregation".
            r"(?:collapsed|fainted|passed out|seized|had a seizure|went down|coded) in front of (?:his|her|their|the) (?:whole |entire )?(?:class|students|[0-9a-z]+ graders|kids|team|teammates|congregation|church|coworkers|co-workers|staff|employees|audience|crowd|band|choir|customers|wedding guests|guests)".into(),
            r"collapsed (?:in the middle of|right in the middle of|halfway through|during|mid-?) (?:his|her|their|the|a) (?:[a-z]+ )?(?:sermon|speech|wedding|vows|toast|eulogy|funeral|recital|concert|game|match|race|set|song|performance|shift|graduation|lecture|class)".into(),
            r"hit by (?:a|an|the) (?:train|car|truck|bus|school bus|drunk driver|boat|golf cart|tractor|semi|motorcycle|pickup|cement truck|garbage truck)|(?:church |school |tour |party )?bus (?:rollover|crash)|(?:multi-car |highway |interstate )?pile-?up|(?:car|plane|helicopter|boat|airboat|jet ?ski|train|motorcycle|atv|dirt bike|snowmobile|bus) (?:crash|wreck)|(?:his|her|their) (?:tractor|atv|truck|car|boat|jeep|combine) (?:rolled|flipped|rolled over)|pinned under (?:his|her|their|a|an|the) (?:own )?[a-z]+|hit[- ]and[- ]run|drove off|gsw|gunshot wounds?|(?:shot|stabbed) (?:in|at) (?:the|a|his|her) [a-z]+|mass shooting|school shooting".into(),
            r"(?:fell|falling|fallen) (?:off|from|through|out of|down) (?:a|an|the|his|her|their) (?:[a-z0-9]+ ){0,2}(?:stage|window|roof|skylight|balcony|ladder|bridge|cliff|tree|tree ?stand|horse|bleachers|ferris wheel|scaffold|scaffolding|deck|overpass|grain bin|silo|cruise ship|chairlift|elevator shaft|parking garage)(?: into (?:a|an|the) (?:[a-z]+ ){0,2}(?:lobby|pool|river|lake))?(?: during business hours)?(?: at the [a-z]+ [a-z]+ show)?".into(),
            r"(?:collapsed|coded|went down|arrested) (?:on the (?:court|field|ice|track|stage|dance floor)|near the finish|at the finish(?: line)?|mid-?(?:bite|game|race|sermon|song|speech|set)|during (?:the|a|his|her) (?:home game|game|race|marathon|wedding|graduation|concert|service|sermon|recital|funeral))(?: during the (?:home )?game)?".into(),
            r"(?:(?:got |gets |get )?(?:his|her|their|a|an|(?:kid|boy|girl|man|woman|guy|lady|toddler|baby|child|son|daughter|teen|worker|farmer)'s) (?:whole |entire |own )?)?(?:arm|hand|head|finger|fingers|foot|leg|tongue|toe) (?:stuck|trapped|caught) in (?:a|an|the) (?:[a-z-]+ ){0,2}(?:chain|drive chain|auger|pto|pto shaft|conveyor|conveyor belt|belt|roller|rollers|gears?|baler|crab block|block|winch|line hauler|pot hauler|capstan|pump|manure pump|corn picker|wringer|log splitter|meat grinder|snowblower|snow blower|mower|bucket|pot|vase|cooler|trash can|barrel|tire|bleachers|crib slats|toilet seat|machine|vending machine|can|jar|toilet|fence|railing|pipe|drain|bottle|door|chair|crib|gate|pringles can|blender|garbage disposal|wood chipper|escalator|washing machine|dryer|slot)|(?:tried|trying) to get in through the (?:dog door|doggy door|window|chimney|vent)|through the (?:dog door|doggy door|chimney)".into(),
            r"(?:tried|trying|attempted) to (?:pull|remove|cut off|fix|stitch|amputate|drain|pop|pierce|tattoo|cut|shave|brand) (?:his|her|their) own [a-z]+(?: with (?:a|an) [a-z]+)?|super ?glued (?:his|her|their) (?:own )?(?:eyelids?|eyes?|lips?|hands?|fingers?)(?: shut| together)?".into(),
            // Injuries told the way staff tell them, and lost parts: "hand vs. mortar firework",
            // "lost 2 fingers", "drank antifreeze".
            r"(?:hand|finger|fingers|thumb|face|eye|foot|leg|head) vs\.? (?:a |an |the )?(?:[a-z-]+ )?(?:firework|mortar|m-80|m80|table saw|saw|chainsaw|snowblower|snow blower|lawn ?mower|grinder|nail gun|meat slicer|wood chipper|box fan|garbage disposal|blender)|lost (?:a|his|her|their|two|three|four|five|both|2|3|4|5|the tips? of (?:his|her|their|two|three|2|3) ?) ?(?:fingers?|toes?|thumbs?|fingertips?|hands?|arms?|legs?|feet|foot|eyes?|ears?)|lost (?:his|her|their) (?:[0-9a-z]+ ){1,3}(?:fingers|toes)|drank (?:a |some |the |half a (?:bottle|jug) of )?(?:bleach|antifreeze|lamp oil|gasoline|windshield (?:washer )?fluid|drain cleaner|lye|hand sanitizer|mouthwash|brake fluid)".into(),
            // Births and pregnancy surprises.
            r"born (?:in (?:the|our|an?|his|her) (?:[a-z]+ )?(?:elevator|car|parking lot|ambulance|hallway|lobby|bathroom|uber|taxi|truck|front seat|back seat|driveway)|at 2[2-7] ?(?:weeks|wks)|on the [a-z]+ (?:wheel|ride|plane|flight))|delivered (?:a baby |her baby |the baby )?(?:in|on) (?:the|a|an) (?:[a-z]+ )?(?:front seat|back seat|car|parking lot|elevator|ambulance|plane|ferris wheel)|in the (?:front|back) seat of (?:a|an|the|his|her) [a-z0-9-]+(?: in the (?:[a-z]+ ){0,2}(?:lot|garage|bay))?|(?:delivered|born|gave birth) in the (?:back|bed|cab) of (?:a|an|the|his|her|their) (?:[a-z0-9-]+ ){0,2}?(?:truck|pickup|car|van|minivan|suv|f-150|f150|silverado|ram|jeep|ambulance|uber|taxi|cab|trailer|camper)|went into labor (?:on|at|in|during) (?:the|a|an) (?:[a-z]+ ){0,1}(?:wheel|ride|plane|flight|game|concert|wedding|graduation|store|mall|fair|parade|roller coaster)|cryptic pregnancy|(?:came in |walked in |walked into [a-z]+ )?thinking (?:she|he|it) (?:had|was) (?:a |an )?(?:[a-z]+ ){0,2}(?:stone|bug|flu|gas|cramps|constipation|food poisoning|uti|heartburn|indigestion|pulled muscle)|(?-u:\b)2[2-5]\+[0-6]".into(),
            // Multiples.
            r"(?:the )?(?:conjoined twins|twin (?:brothers|sisters|boys|girls|babies)|twins|triplets|quadruplets|quads|quintuplets|sextuplets|septuplets|octuplets)(?: we delivered(?: at [0-9]+ ?(?:wks|weeks))?)?".into(),
            // Extreme durations.
            r"(?:after|spent|for) [1-9][0-9]{2,} (?:days|nights)|[1-9][0-9]{2,} (?:days|nights) (?:inpatient|with us|on (?:the|our) (?:unit|floor))|the longest (?:patient|stay|admission|inpatient)(?: stay)? in the history of|longest (?:[a-z-]+ )?(?:stay|admission) (?:our|this|the) (?:[a-z]+ )?(?:unit|floor|hospital|nicu|picu|icu) has (?:ever )?had|[0-9]+[- ]?(?:hour|hr|day)s? (?:priapism|erection|labor|seizure|hiccups)|[0-9]+ (?:days|weeks|months) (?:in the (?:hospital|nicu|picu|icu)|on ecmo|on the vent)|down (?:~|about |for |for about )?[0-9]+ (?:days|hrs|hours)|(?:stuck|trapped|pinned|lost) for (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:hours|days)|found by (?:his|her|their|the) (?:mail carrier|mailman|neighbor|neighbour|landlord|dog|paper ?boy|meals on wheels driver)".into(),
            // Memorable incidents and very rare diagnoses.
            r"seized (?:in (?:ct|the ct scanner|the mri|mri|the waiting room|triage)|at mile [0-9]+|on (?:the|a) (?:plane|stage|court|field)|during (?:the|a|his|her) [a-z]+)|(?:the )?same (?:broken |fractured )?[a-z]+ from the same [a-z]+|(?:just )?lost (?:her|his|their) (?:son|daughter|husband|wife|baby|child|mom|dad|twin)|(?:whose|his|her) (?:husband|wife) of [0-9]+ (?:years|yrs) died in the same (?:car )?(?:crash|accident|fire)(?: (?:she|he) survived)?|(?:car )?crash (?:she|he) survived|(?:[0-9]+-year-old|original) pacemaker(?: that still works)?|aortic dissection|commotio cordis|situs inversus(?: totalis)?|priapism|progeria|harlequin ichthyosis|ectopia cordis|lithopedion|locked-in syndrome|naegleria|brain-eating amoeba|flesh-eating bacteria|necrotizing fasciitis|rabies|tetanus|botulism|bubonic plague|leprosy|scurvy|anthrax|(?:a|the|bathtub|tub|pool|lake|river|pond|bucket|ocean|canal) drowning|drowning victim|near-drowning|(?:nearly |almost )?drowned|frostbite|hypothermia after|avalanche|tornado|carjacking|overdosed at|exploded in his hand|went off in (?:his|her) hand".into(),
            // Where life happened to the patient: collapses at gatherings, births and waters
            // breaking in public, animals indoors, stunts, masses by weight, long support.
            r"(?:collapsed|collapsing|coded|went down|seized|seizing|arrested) (?:at|during|in the middle of|mid|right after) (?:the |his |her |their |a |an )?(?:[0-9:]+ )?(?:[a-z]+ )?(?:practice|mass|church|service|sermon|choir|choir practice|game|wedding|reception|funeral|graduation|recital|concert|race|marathon|meet|tournament|the gym|gym class|recess|prom|parade|rodeo|county fair|fair)".into(),
            r"(?:water broke|went into labor|started crowning|delivered) (?:[a-z']+ ){0,2}?(?:at|on|in) (?:the )?(?:top of the |middle of the |back of the )?(?:ferris wheel|roller coaster|zoo|county fair|state fair|fair|stadium|ballpark|airport|airplane|plane|beach|mall|concert|wedding|graduation|grocery store|checkout line)|born sleeping|stillborn|stillbirth".into(),
            r"(?:doing|did|attempting|attempted|trying|tried|tried to do|trying to do|attempted to do|decided to do) (?:a |his |her )?(?:backflip|back flip|frontflip|front flip|flip|cartwheel|wheelie|kickflip|stunt|keg stand|jump) (?:off|on|from|over|into) (?:a|an|the|his|her|their) (?:[a-z]+ )?[a-z]+|(?:[0-9]+|hundreds of) (?:burpees|pushups|push-ups|squats|laps|suicides)(?: at practice)?".into(),
            r"(?:a |an |the )?[1-9][0-9]?(?:\.[0-9])? ?(?:lb|lbs|pound|kg)s? (?:[a-z]+ )?(?:cyst|tumor|tumour|mass|fibroid|hernia|kidney stone|stone|hairball|bezoar|spleen)|(?:on )?(?:ecmo|the vent|a vent|bipap|an impella|a balloon pump) for (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months)".into(),
            // Long waits and dramatic rescues people remember: an organ match after years,
            // high-voltage shocks, burials, long submersions, exploding devices and fireworks,
            // being run over, care by a storm's generator light. Not a preemie's birth weight:
            // parents post their own NICU graduates' ("He was 2 lbs 3 oz").
            r"(?:a |the )?(?:kidney|heart|liver|lung|pancreas|organ) match|after [0-9]+ (?:years|months) (?:on the (?:transplant |donor )?list|of waiting)|waiting for a (?:new )?(?:heart|kidney|liver|lung)s? for|[0-9][0-9,]* ?volts|buried (?:to (?:the|his|her) (?:chest|waist|neck)|alive|under)|underwater for|(?:burns|burned) over (?:[0-9]+%|most|half|all) of (?:his|her|their) body|(?:vape|vape pen|phone|battery|e-cig|pressure cooker|propane tank|grill|space heater)s? (?:exploded|blew up|caught fire)|lit (?:a|an) (?:mortar|firework|m-80|m80|cherry bomb)|(?:mortar|firework|m-80|m80)s? (?:went off|exploded|blew up)|(?:run|ran) over by (?:a|an|his|her|the|their) (?:[a-z]+ )?(?:golf cart|lawn ?mower|tractor|truck|car|bus|train|forklift|horse|cow|bull|boat|zamboni|snowplow)|by (?:generator|flashlight|headlamp|phone|cell phone|candle) ?light|(?:a |the )?(?:deer|cow|moose|horse|elk|bear|buck) (?:came |went |come )?(?:through|thru) (?:the|his|her|their) (?:windshield|window|windows)|(?:[0-9]+|two|three|an|a few) (?:hours?|hrs?|minutes|mins?) before (?:her|his|their) (?:own )?(?:wedding|ceremony|graduation|prom|reception|recital|big game)".into(),
            // Falls by height, named accidents, long resuscitations and rescues: "fell 3 stories",
            // "a 20-foot fall", "his ladder accident", "ROSC after 22 min of CPR", "engulfed in
            // corn up to his chest", "fell through the ice", "crowd-surfed onto the barricade".
            r"(?:fell|fall|fallen|falling|jumped|dropped|plunged) (?:about |almost |nearly |over |~)?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty) (?:stories|storeys|floors|feet|ft)|(?:[0-9]+|two|three|four|five|six|ten|twenty|thirty)[- ](?:story|storey|foot|ft) (?:fall|drop|jump)|(?:ladder|grain bin|silo|tractor|combine|farm|hunting|boating|jet ski|diving|atv|four-wheeler|dirt bike|trampoline|firework|fireworks|chainsaw|lawn ?mower|forklift|logging|roofing|scaffold|scaffolding|tree ?stand|deer stand|hayride|rodeo|bull riding|zip ?line|bounce house|skydiving|paragliding|go-kart|waterslide|elevator|escalator|fryer|grease fire) (?:accident|fall|crash|mishap|explosion|fire)|(?:tree|roof|ladder|silo|cliff|balcony|stage) fall|(?:after|with|following) (?:[0-9]+|ten|fifteen|twenty|thirty|forty|forty-five|sixty) (?:min|mins|minutes) of (?:cpr|compressions|downtime|down time)|rosc after (?:[0-9]+|ten|fifteen|twenty|thirty|forty) (?:min|mins|minutes)(?: of (?:cpr|compressions|downtime|down time))?|(?:engulfed|buried|trapped|sunk|stuck) (?:in|under) (?:the )?(?:corn|grain|soybeans|beans|wheat|oats)|(?:fell|went|broke) through (?:the |thin )?ice|crowd-?surf(?:ed|ing)?|stage-?div(?:ed|ing)|(?:in|into) the mosh pit".into(),
            // A moment of a game everyone watched, and rarity spelled out: "that hit in the 3rd
            // quarter", "went down at the free throw line", "the first hand transplant ever done
            // in this state", "our youngest ever DBS patient", "one of maybe 30 kids in the
            // country", "proposed again to his wife from his bed".
            r"(?:hit|injury|collision|tackle|went down|collapsed|knocked out|concussion|dislocation) (?:in|during) the (?:1st|2nd|3rd|4th|first|second|third|fourth|final|last) (?:quarter|inning|period|half|lap|round)|went down (?:at|on) the (?:free throw line|[0-9]+-yard line|goal line|finish line|pitcher's mound|mound|court|ice)|the first (?:[a-z-]+ ){1,3}ever (?:done|performed|done here) (?:in|at) (?:this|the|our) (?:state|country|region|county|hospital)|(?:our|the) youngest(?: ever)? (?:[a-z-]+ ){0,2}(?:patient|recipient|survivor)|one of (?:only |maybe |about |fewer than |less than )?[0-9]+ (?:kids|people|patients|children|babies|adults|known cases|cases) in the (?:country|world|state|us|nation)|(?:married|proposed(?: again)?|proposes|got married|renewed (?:their|his|her) vows)(?: to (?:his|her|their) [a-z]+(?: of [0-9]+ years)?)? (?:at (?:the |her |his )?bedside|from (?:his|her|the) (?:hospital )?(?:bed|cot|stretcher|gurney)|in (?:the |his |her )?(?:icu|hospital|hospice) room)|married a couple at (?:the )?bedside|bedside (?:wedding|vows|proposal)".into(),
            // Limbs caught in machines told verb first, stranded at heights, blood alcohol told
            // number first, proposals in front of the staff: "caught his arm in a PTO shaft",
            // "stuck 300ft up a turbine", "0.41 BAC", "proposed to his gf in front of all of us".
            r"(?:caught|got|stuck|trapped|pinned) (?:his|her|their) (?:arm|hand|leg|foot|fingers?|hair|sleeve|shirt|jacket|glove) in (?:a|an|the) (?:[a-z-]+ ){0,2}(?:chain|auger|pto|pto shaft|conveyor|belt|roller|rollers|gears?|baler|pump|combine|wood chipper|machine|press|mixer|grinder|saw|snowblower|snow blower|mower|log splitter|corn picker)|(?:stuck|trapped|stranded|hanging|dangling) (?:[0-9]+ ?(?:ft|feet)|[a-z]+ stories) up|0?\.[3-9][0-9]? (?:bac|blood alcohol)|proposed to (?:his|her|their) (?:gf|girlfriend|bf|boyfriend|partner|fiancee?) (?:in front of|at the|in the|from the)|(?:forklift|tractor|machine|press|conveyor) crush".into(),
            // A patient's exact words after a speech verb ("told me 'don't let them take the
            // left one, that's my dancing leg'").
            r#"(?:told (?:me|us|the [a-z]+)|asked (?:me|us)|said|says|yelled|screamed|whispered|announced|informed (?:me|us)|goes|tells me)(?: (?:today|tonight|yesterday|this morning|last night|once))?(?:,|:)? ["\u{201c}'\u{2018}][a-z][^"\u{201d}\n]{12,120}["\u{201d}'\u{2019}]"#.into(),
        ];
        let rules = pats
            .iter()
            .map(|p| Rule::new(p, Category::RareEvent, REASON, SUGGEST))
            .collect();
        RareEvent {
            rules: RuleSet::new(rules),
            lab: regex::Regex::new(
                r"(?-u:\b)(glucose|blood sugar|sugar|bgl|bg|fsbg|cbg|cpk|ck|sodium|na|potassium|k\+?|lactate|lactic|etoh|bac|blood alcohol|alcohol level|ethanol|inr|hgb|hemoglobin|hb|ammonia|ph|temp|temperature|tmax)(?: (?:of|was|at|is|came back|came back at|level of))? ?([0-9][0-9,]*(?:\.[0-9]+)?)",
            )
            .expect("lab value pattern compiles"),
        }
    }
}

/// Words that introduce a patient's own explanation: "His explanation, verbatim: '...'".
const QUOTE_INTRODUCERS: &[&str] = &[
    "verbatim",
    "his explanation",
    "her explanation",
    "their explanation",
    "his excuse",
    "her excuse",
    "his exact words",
    "her exact words",
    "in his words",
    "in her words",
];

impl RareEvent {
    /// A quoted explanation after [`QUOTE_INTRODUCERS`], or a quote attributed to a patient
    /// after it (`"I just wanted to see if it would fit" - my patient`), 12 to 120 chars long.
    /// Found in code rather than by a rule: a rule must end on a word boundary, and a quote
    /// ends on a quote mark.
    fn introduced_quotes(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        let lower = text.lower();
        // One pass over the opening quote marks (starting the text or a line, or after a space
        // or colon), looking back for an introducer: far cheaper than a substring search per
        // introducer.
        for (open_at, open) in lower.char_indices() {
            let close: &[char] = match open {
                '\'' | '‘' => &['\'', '’'],
                '"' | '“' => &['"', '”'],
                _ => continue,
            };
            if open_at > 0 && !lower[..open_at].ends_with([' ', ':', '\n']) {
                continue;
            }
            let lead = lower[..open_at].trim_end_matches([' ', ',', ':']);
            let intro_at = QUOTE_INTRODUCERS
                .iter()
                .find(|i| lead.ends_with(*i))
                .map(|intro| lead.len() - intro.len())
                .filter(|&at| at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric());
            let body_at = open_at + open.len_utf8();
            // The closing mark: a quote char not followed by a letter (not "don't").
            let body = &lower[body_at..];
            let end = body.char_indices().find(|&(i, c)| {
                close.contains(&c)
                    && !body[i + c.len_utf8()..].starts_with(|n: char| n.is_alphabetic())
            });
            let Some((len, c)) = end else {
                continue;
            };
            if !(12..=120).contains(&len) || !body.starts_with(char::is_alphabetic) {
                continue;
            }
            let end = body_at + len + c.len_utf8();
            let start = match intro_at {
                Some(at) => at,
                None if attributed_to_patient(&lower[end..]) => open_at,
                None => continue,
            };
            out.push(
                Candidate::new(start..end, Category::RareEvent, Severity::Low, REASON)
                    .suggest("remove the quote"),
            );
        }
    }
}

/// True when the words after a closing quote give it to a patient: a dash or "said", then "my
/// patient", "pt in bed 4", "the patient" or a person seen ("gentleman in trauma bay 1", "the
/// guy in bed 2") within three words (`"..." - my patient tonight`, `"..." said my pt`). A quote
/// given to anyone else (a colleague, a speaker, Osler) is not a patient's.
fn attributed_to_patient(after: &str) -> bool {
    let rest = after.trim_start();
    let dashed = rest.starts_with(['-', '–', '—', '~']);
    let rest = rest.trim_start_matches(['-', '–', '—', '~', ' ', ',']);
    let (said, rest) = match rest
        .strip_prefix("said ")
        .or_else(|| rest.strip_prefix("says "))
    {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let person = |w: &str| {
        matches!(
            w,
            "pt" | "patient"
                | "guy"
                | "gentleman"
                | "lady"
                | "man"
                | "woman"
                | "dude"
                | "kid"
                | "teen"
                | "grandma"
                | "grandpa"
        )
    };
    (dashed || said)
        && words
            .first()
            .is_some_and(|w| matches!(*w, "my" | "a" | "the" | "our" | "one" | "this") || person(w))
        && words.iter().any(|w| person(w))
}

impl Default for RareEvent {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector for RareEvent {
    fn name(&self) -> &'static str {
        "rare_event"
    }

    fn detect(&self, text: &Text<'_>, out: &mut Vec<Candidate>) {
        for (rule, r) in self.rules.matches(text) {
            // "thirty sets of twins", "cases of rabies": a count over a career or a region.
            // "Two sets of twins from the same kindergarten class" tonight are an event.
            let before = text.lower_before(r.start, 16);
            let counted = ["sets of ", "pairs of ", "cases of ", "number of "]
                .iter()
                .any(|c| before.ends_with(c))
                && !["two sets of ", "2 sets of ", "three sets of ", "3 sets of "]
                    .iter()
                    .any(|c| before.ends_with(c));
            // "our son Leo was born at 31 weeks": the author's family's event, theirs to tell
            // (not in someone's words: 'the cashier said you took care of my husband after his
            // tractor rolled', with or without quote marks).
            let clause = clause_tail(text.lower_before(r.start, 80));
            let reported = clause.contains(['"', '“', '”'])
                || [" said ", " says ", " told me", " asked "]
                    .iter()
                    .any(|v| clause.contains(v));
            let own = mentions_own_family(clause) && !reported;
            // Quoted words the author said ("I just said 'she's not here right now, Mom'") or
            // heard at home are not a patient's.
            let quoted = text.lower()[r.clone()].contains(['"', '“', '\'', '‘']);
            let authors_words = quoted && {
                let before = text.lower_before(r.start, 24);
                let word = last_word(before);
                // `last_word` trims these before taking the word, so the word ends `rest`.
                let rest =
                    before.trim_end_matches(|c: char| c.is_whitespace() || c == '#' || c == ':');
                let before_word = &rest[..rest.len() - word.len()];
                word == "i"
                    || (matches!(
                        word,
                        "just" | "then" | "always" | "once" | "finally" | "gently"
                    ) && last_word(before_word) == "i")
            };
            let at_home = quoted && text.is_own_family_post();
            // "nobody lost a finger", "no one got gored": the event did not happen.
            let negated = previous_word_is(text, r.start, &["nobody", "never", "without"])
                || text.lower_before(r.start, 8).ends_with("no one ");
            if !in_tag(text, r.start) && !counted && !own && !authors_words && !at_home && !negated
            {
                out.push(rule.candidate(r));
            }
        }
        let lower = text.lower();
        self.introduced_quotes(text, out);
        if !lower.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for caps in self.lab.captures_iter(lower) {
            let (name, number) = (&caps[1], &caps[2]);
            let Some(value) = tenths(number) else {
                continue;
            };
            let extreme = EXTREME_LABS.iter().any(|(names, low, high)| {
                names.contains(&name) && ((*low > 0 && value <= *low) || value >= *high)
            })
                // A blood alcohol written as a fraction: "BAC 0.31" (0.3 and up).
                || (matches!(name, "bac" | "blood alcohol")
                    && number.starts_with("0.")
                    && (3..10).contains(&value));
            if extreme {
                let m = caps.get(0).expect("whole match");
                out.push(
                    Candidate::new(m.range(), Category::RareEvent, Severity::Low, REASON)
                        .suggest("a very abnormal result")
                        .with_confidence(70),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        crate::detectors::test_support::longest_phrases(&RareEvent::new(), s)
    }

    #[test]
    fn finds_foreign_bodies_animals_and_lightning() {
        assert_eq!(
            found("came in w a live crawfish clamped on his nose after a dare"),
            ["live crawfish clamped on his nose"]
        );
        assert_eq!(
            found("a crab latched onto her toe"),
            ["crab latched onto her toe"]
        );
        assert!(found("live music on his porch. the fish in her tank").is_empty());
        assert_eq!(
            found("kid swallowed a fork at dinner"),
            ["swallowed a fork"]
        );
        assert_eq!(
            found("with a piece of rebar through his thigh."),
            ["a piece of rebar through his thigh"]
        );
        assert_eq!(
            found("got gored by his bull on Monday"),
            ["gored by his bull"]
        );
        assert_eq!(
            found("was bitten by a copperhead while"),
            ["bitten by a copperhead"]
        );
        assert_eq!(
            found("struck by lightning while boating this"),
            ["struck by lightning while boating"]
        );
    }

    #[test]
    fn finds_long_waits_shocks_and_explosions() {
        assert_eq!(
            found("got the call: a kidney match after 9 years of waiting"),
            ["a kidney match", "after 9 years of waiting"]
        );
        assert_eq!(
            found("lineman took 7,200 volts on the pole"),
            ["7,200 volts"]
        );
        assert_eq!(
            found("his vape pen exploded in his pocket"),
            ["vape pen exploded"]
        );
        assert_eq!(
            found("19yo who lit a mortar off his hand"),
            ["lit a mortar off his hand"]
        );
        assert_eq!(
            found("run over by a golf cart on campus"),
            ["run over by a golf cart"]
        );
        assert_eq!(
            found("a bride come in 2 hrs before her ceremony"),
            ["2 hrs before her ceremony"]
        );
        assert_eq!(
            found("with a full upper denture lodged in the esophagus"),
            ["a full upper denture lodged in the esophagus"]
        );
        assert_eq!(
            found("guy had a cow come through his windshield"),
            ["a cow come through his windshield"]
        );
        // A NICU graduate's birth weight is the parents' story, not a memorable event.
        assert!(found("He was 2 lbs 3 oz when he was born").is_empty());
    }

    #[test]
    fn finds_accidents_multiples_and_durations() {
        assert_eq!(found("a 36 hour priapism bc")[0], "36 hour priapism");
        assert_eq!(
            found("went home today after 112 days!!!"),
            ["after 112 days"]
        );
        assert_eq!(
            found("the longest patient in the history of our step-down unit"),
            ["the longest patient in the history of"]
        );
        assert!(found("we are open 365 days a year").is_empty());
        assert_eq!(
            found("After 287 days in the hospital"),
            ["After 287 days", "287 days in the hospital"]
        );
        assert_eq!(found("delivered quadruplets!"), ["quadruplets"]);
        assert_eq!(found("Airboat wreck on the lake"), ["Airboat wreck"]);
        assert_eq!(
            found("Just delivered a baby in the hospital elevator at 4am"),
            ["delivered a baby in the hospital elevator"]
        );
        assert_eq!(found("hit by a train."), ["hit by a train"]);
        assert_eq!(
            found("fell from the 3rd floor window at"),
            ["fell from the 3rd floor window"]
        );
        assert_eq!(
            found("yesterday's church bus rollover on"),
            ["church bus rollover"]
        );
    }

    #[test]
    fn finds_retold_arrivals_animals_and_roadside_births() {
        assert_eq!(
            found("the guy who drove his riding lawnmower to our ER because"),
            ["drove his riding lawnmower to our ER"]
        );
        assert_eq!(
            found(
                "walked into triage carrying his own severed thumb in a Big Gulp cup full of ice"
            ),
            ["his own severed thumb in a Big Gulp cup"]
        );
        assert_eq!(
            found("a goat farmer whose billy goat headbutted him through a barn window"),
            ["goat headbutted him through a barn"]
        );
        assert_eq!(
            found("Baby girl delivered in the back of our rig at 2:14"),
            ["delivered in the back of our rig"]
        );
        assert!(found("I drove my car to the ER to start my shift").is_empty());
        assert!(found("the horse kicked the fence").is_empty());
    }

    #[test]
    fn finds_unplanned_births_and_public_collapses() {
        assert_eq!(
            found("had a woman deliver in the elevator between floors"),
            ["deliver in the elevator"]
        );
        assert_eq!(
            found("baby born in the back of her minivan"),
            ["born in the back of her minivan"]
        );
        assert_eq!(
            found("pregnant teacher fainted in front of her 2nd graders"),
            ["fainted in front of her 2nd graders"]
        );
        assert!(found("the baby was born in the hospital").is_empty());
        assert!(found("I fainted in front of the attending on my first day").is_empty());
    }

    #[test]
    fn finds_lodged_foreign_bodies_and_quoted_words() {
        assert_eq!(
            found("came in with a fork in his neck"),
            ["a fork in his neck"]
        );
        assert!(found("holding a pen in his hand").is_empty());
        assert_eq!(
            found("a cocktail sword stuck in his forearm"),
            ["a cocktail sword stuck in his forearm"]
        );
        assert_eq!(
            found("after a fishhook went through her eyelid"),
            ["a fishhook went through her eyelid"]
        );
        // A quote given to a patient after it, not to anyone else.
        assert_eq!(
            found("\"I just wanted to see if it would fit\" - my patient tonight"),
            ["\"I just wanted to see if it would fit\""]
        );
        assert_eq!(
            found("best line of the night: \"is the jello free\" said my pt in bed 4"),
            ["\"is the jello free\""]
        );
        assert!(
            found("\"The most dangerous word in medicine is just\" - Dr. Hernandez").is_empty()
        );
        assert!(found("\"Listen to your patient\" - Osler").is_empty());
        assert_eq!(
            found("\"I only had two beers\" — gentleman in trauma bay 1 at 0230"),
            ["\"I only had two beers\""]
        );
        assert!(found("\"Be kind, always\" - my mentor, on my first day").is_empty());
        assert!(found("roughly thirty sets of twins, two cases of rabies").is_empty());
        assert_eq!(
            found("Two sets of twins from the same kindergarten class"),
            ["twins"]
        );
        assert!(found("Four weeks ago our son Leo was born at 25 weeks").is_empty());
        assert!(
            !found("the cashier said you took care of my husband after his tractor rolled")
                .is_empty()
        );
        assert_eq!(
            found("Just pulled a live goldfish out of a toddler's ear."),
            ["a live goldfish out of a toddler's ear"]
        );
        assert_eq!(
            found("came in with a fish bone stuck in her tonsil from"),
            ["a fish bone stuck in her tonsil"]
        );
        assert_eq!(
            found("a guy with a 9-inch screwdriver lodged where the sun don't shine."),
            ["screwdriver lodged where the sun don't shine"]
        );
        assert_eq!(
            found("after swallowing 11 buckyballs from his"),
            ["swallowing 11 buckyballs"]
        );
        assert_eq!(
            found("with us since the grain elevator collapse. He"),
            ["the grain elevator collapse"]
        );
        assert!(found("the building fire drill is at noon").is_empty());
        assert_eq!(
            // A multi-byte letter right before the verb (the speaker check reads back from it).
            found("The pt from Orléans, été: said 'she is not here right now,' because that's"),
            ["said 'she is not here right now,' because that'"]
        );
        assert_eq!(
            found("Every time, I just said 'she's not here right now, Mom,' because that's what"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("I made the call. CPS is involved now."),
            ["CPS is involved"]
        );
        assert_eq!(
            found("un niño de 4 años que se tragó un imán en la escuela"),
            ["se tragó un imán"]
        );
        assert_eq!(
            found("Kiddo swallowed his grandpa's hearing aid battery tonight."),
            ["swallowed his grandpa's hearing aid battery"]
        );
        assert_eq!(
            found("a squirrel ran up his shorts while he was mowing and he drove the rider into his own pool."),
            ["a squirrel ran up his shorts", "drove the rider into his own pool"]
        );
        assert_eq!(
            found("a patient asked to keep his own appendix in a jar"),
            ["keep his own appendix"]
        );
        assert_eq!(
            found("out of a limo rollover on the way to her own reception tonight"),
            ["on the way to her own reception"]
        );
        assert_eq!(
            found("after trying to pierce his own eyebrow with a safety pin"),
            ["trying to pierce his own eyebrow with a safety"]
        );
        assert_eq!(
            found("first case of measles i've ever seen walked in"),
            ["first case of measles"]
        );
        assert!(found("measles is back, vaccinate your kids").is_empty());
        assert_eq!(
            found("Three nails in the forearm, one"),
            ["Three nails in the forearm"]
        );
        assert_eq!(found("came in with about 200 stings after"), ["200 stings"]);
        assert_eq!(found("Zip-line accident at the"), ["Zip-line accident"]);
        assert_eq!(
            found("shocked by his own fog machine in the rain"),
            ["shocked by his own fog machine"]
        );
        assert_eq!(
            found("a shard of grinding wheel in his thigh"),
            ["a shard of grinding wheel in his thigh"]
        );
        assert_eq!(
            found("fell into a crevasse while"),
            ["fell into a crevasse"]
        );
        assert_eq!(
            found("Toddler swallowed the head off a Lego stormtrooper."),
            ["swallowed the head off a Lego"]
        );
        assert_eq!(
            found("got his whole head stuck in the bucket from"),
            ["got his whole head stuck in the bucket"]
        );
        assert_eq!(found("Baby arrived in triage."), ["Baby arrived in triage"]);
        assert_eq!(
            found("choked on the groom's cake topper; her new husband did the Heimlich in his tux"),
            [
                "choked on the groom's cake topper",
                "did the Heimlich in his tux"
            ]
        );
        assert_eq!(
            found("he'd tried to jump a frozen pond on a bicycle at"),
            ["tried to jump a frozen pond on a bicycle"]
        );
        assert_eq!(
            found("collapsed at mile 24 of the city marathon in"),
            ["collapsed at mile 24 of the city marathon"]
        );
        assert_eq!(
            found("caught covid at his own wedding last month"),
            ["at his own wedding"]
        );
        assert_eq!(
            found("an older gentleman trapped in a porta-potty that tipped over"),
            ["trapped in a porta-potty"]
        );
        assert_eq!(
            found("hand lac from a meat slicer at"),
            ["lac from a meat slicer"]
        );
        assert_eq!(
            found("extracted a Lego Batman head from a toddler's nostril."),
            ["a Lego Batman head from a toddler's nostril"]
        );
        assert_eq!(
            found("retrieved a 14-inch phone charger cable from a 58yo man's bladder."),
            ["phone charger cable from a 58yo man's bladder"]
        );
        assert_eq!(
            found("got his front tooth knocked clean out by a baton during"),
            ["knocked clean out by a baton"]
        );
        assert_eq!(
            found("His explanation, verbatim: 'I was trying to see if it would charge faster.'"),
            ["verbatim: 'I was trying to see if it would charge faster.'"]
        );
        assert_eq!(
            found("23M, lit a mortar off his head at"),
            ["lit a mortar off his head"]
        );
        assert_eq!(found("class snake bit her during"), ["class snake bit her"]);
        assert_eq!(
            found("tried to do a keg stand on a rented goalpost"),
            ["tried to do a keg stand on a rented goalpost"]
        );
        assert_eq!(
            found("is livestreaming from his hospital bed rn"),
            ["livestreaming from his hospital bed"]
        );
        assert_eq!(
            found("swallowed a jingle bell from her stocking"),
            ["swallowed a jingle bell"]
        );
        assert_eq!(
            found("came in with a fork stuck in his ear. Again."),
            ["a fork stuck in his ear"]
        );
        assert_eq!(
            found("She told me \"don't tell my pastor\" before the test"),
            ["She told me \"don't tell my pastor"]
        );
        // A teacher's saying is not a patient's words, and a short reply is not memorable.
        assert!(found("My attending said \"always check the sugar\"").is_empty());
        assert!(found("he said \"ok\" and left").is_empty());
        assert_eq!(
            found("Guy came in with a fishing hook through his eyelid after"),
            ["a fishing hook through his eyelid"]
        );
        assert_eq!(found("Twin brothers, both in their 50s"), ["Twin brothers"]);
        assert!(found("holding a pen in her hand").is_empty());
        assert_eq!(
            found("my patient from last week with the chainsaw injury: he kept"),
            ["the chainsaw injury"]
        );
        assert!(
            found("Chainsaw safety: chaps and a helmet. Chainsaw injuries are common").is_empty()
        );
        assert_eq!(
            found("Lady came in after her pet pig bit her hand."),
            ["her pet pig bit her"]
        );
        assert!(found("a stick through the spokes").is_empty());
    }

    #[test]
    fn finds_events_described_in_everyday_words() {
        for (post, phrase) in [
            (
                "a lego up each nostril AND one in the ear",
                "a lego up each nostril",
            ),
            (
                "a button battery in her esophagus",
                "a button battery in her esophagus",
            ),
            (
                "a crayon wedged up her nose for 3 weeks",
                "a crayon wedged up her nose",
            ),
            ("got bit by his own pet emu", "bit by his own pet emu"),
            (
                "mauled by the neighbor's pit mix",
                "mauled by the neighbor's pit mix",
            ),
            (
                "fell thru a skylight onto the pool table",
                "fell thru a skylight onto the pool table",
            ),
            ("a head-on on Route 9 tonight", "a head-on"),
            (
                "pinned under his own tractor ~9 hrs",
                "pinned under his own tractor ~9 hrs",
            ),
            (
                "her son needs a liver transplant",
                "needs a liver transplant",
            ),
            (
                "22 weeker, 390 grams, still fighting",
                "22 weeker, 390 grams",
            ),
            (
                "went into labor in the bathroom at her high school",
                "went into labor in the bathroom",
            ),
            ("car vs moose on 201", "car vs moose"),
            (
                "nail-gunned his own hand to a 2x4",
                "nail-gunned his own hand to a 2x4",
            ),
            (
                "holding his own arm together with duct tape",
                "holding his own arm together with duct tape",
            ),
            (
                "a 14 yo with fibrodysplasia ossificans progressiva",
                "fibrodysplasia ossificans progressiva",
            ),
        ] {
            assert_eq!(found(post), [phrase], "{post}");
        }
    }

    #[test]
    fn finds_public_moments_stunts_quotes_and_extreme_labs() {
        for (post, phrase) in [
            (
                "after collapsing at choir practice Sunday",
                "collapsing at choir practice",
            ),
            (
                "he collapsed during the 10:30 Mass",
                "collapsed during the 10:30 mass",
            ),
            (
                "her water broke at the top of the Ferris wheel",
                "water broke at the top of the ferris wheel",
            ),
            (
                "a black bear got into her kitchen",
                "a black bear got into her kitchen",
            ),
            (
                "after a black bear got into her Subaru at the trailhead",
                "a black bear got into her subaru",
            ),
            (
                "doing a backflip off the slide",
                "doing a backflip off the slide",
            ),
            ("removed a 31 lb ovarian cyst", "a 31 lb ovarian cyst"),
            ("on ECMO for 6 days now", "on ecmo for 6 days"),
            (
                "he rolled his grain truck into the creek",
                "rolled his grain truck into the creek",
            ),
            ("glucose of 2,140 tonight", "glucose of 2,140"),
            ("CK of 88,000 after practice", "ck of 88,000"),
            ("K+ of 8.1 on arrival", "k+ of 8.1"),
            ("came in with a core temp of 108.2", "temp of 108.2"),
            ("BAC 0.31 and he still tried", "bac 0.31"),
            (
                "Their 3yo bit into a dishwasher pod at 2am",
                "bit into a dishwasher pod",
            ),
            (
                "who'd superglued his own eyelids shut",
                "superglued his own eyelids shut",
            ),
            (
                "9:40pm, teenager, hand vs. mortar firework in the lot",
                "hand vs. mortar firework",
            ),
            ("Lost 2 fingers. Every single year.", "lost 2 fingers"),
            ("got stung by a lionfish on day 1", "stung by a lionfish"),
            (
                "mom delivered in the back of a Ford F-150 in the lot",
                "delivered in the back of a ford f-150",
            ),
            (
                "ferris wheel operator's arm caught in the drive chain",
                "arm caught in the drive chain",
            ),
            (
                "longest neutropenic stay our onc unit has ever had",
                "longest neutropenic stay our onc unit has ever had",
            ),
        ] {
            let found: Vec<String> = found(post).iter().map(|f| f.to_lowercase()).collect();
            assert_eq!(found, [phrase], "{post}");
        }
        assert!(!found(
            "he told me 'don't let them take the left one, that's my dancing leg' today"
        )
        .is_empty());
        for post in [
            "glucose of 180 today",
            "K 4.1, Na 139",
            "a 7 lb baby",
            "BAC 0.08 is the legal limit",
            "temp 38.9 overnight",
            "temp of 101.3",
            "lost his keys again",
            "cut up 3 cars, nobody lost a finger",
        ] {
            assert!(found(post).is_empty(), "{post}");
        }
    }

    #[test]
    fn ignores_everyday_figures_of_speech() {
        for post in [
            "we need to tackle staffing head-on",
            "my 401k rollover finally went through",
            "our educator held this program together with duct tape",
            "the talk went down well",
            "measles cases rose again this year",
            "the dog bit into his treat",
        ] {
            assert!(found(post).is_empty(), "{post}");
        }
    }

    #[test]
    fn ignores_ordinary_clinical_talk() {
        assert!(found("Ascending weakness + areflexia: check the NIF").is_empty());
        assert!(found("falls, aspiration, rigidity").is_empty());
        assert!(found("the twin study showed").is_empty());
        assert!(found("he drove to the clinic").is_empty());
        assert!(found("14 flu, 3 RSV babies, 2 kidney stones").is_empty());
    }

    #[test]
    fn finds_heights_named_accidents_rescues_and_rarity() {
        assert_eq!(
            found("the roofer who fell 3 stories off the parking deck"),
            ["fell 3 stories"]
        );
        assert_eq!(
            found("the fire chief on our unit after his ladder accident"),
            ["ladder accident"]
        );
        assert_eq!(
            found("pulled out by his brother. ROSC after 22 min of CPR."),
            ["ROSC after 22 min of CPR"]
        );
        assert_eq!(
            found("farmer engulfed in corn up to his chest"),
            ["engulfed in corn"]
        );
        assert_eq!(
            found("Snowmobile vs. barbed wire fence on the trail"),
            ["Snowmobile vs. barbed wire fence"]
        );
        assert_eq!(
            found("the QB after that hit in the 3rd quarter tonight"),
            ["hit in the 3rd quarter"]
        );
        assert_eq!(
            found("the first hand transplant ever done in this state"),
            ["the first hand transplant ever done in this state"]
        );
        assert_eq!(
            found("and he proposed again to his wife from his bed on 4 Central"),
            ["proposed again to his wife from his bed"]
        );
        assert_eq!(found("lives alone w/ 11 cats"), ["lives alone w/ 11 cats"]);
    }

    #[test]
    fn ignores_heights_and_accidents_in_general_talk() {
        for post in [
            "falls are the top cause of injury in older adults",
            "a 3-story building with a great view",
            "fall prevention week: check your ladder",
            "CPR saves lives: take a class",
            "the first time I placed a central line",
            "married for 20 years this week",
        ] {
            assert!(found(post).is_empty(), "{post}");
        }
    }
}
