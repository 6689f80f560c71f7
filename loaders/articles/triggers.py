"""The trigger words the claim reader looks for, in plain word lists.

Each list is small and named for the one decision it feeds (see claims.py);
words are compared in lower case, as spaCy's blank tokenizer splits them
("n't", "'s" and "-" are tokens of their own).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tokens that may sit between the items of a list: "A, B and C", "A as well as B".
LIST_JOINERS = _words("& , also and as both or the well")

# A clause with one of these says what is not so: it makes a negative claim ("is not a member").
NEGATORS = _words("n't neither never no non-member nonmember nor not")

# Triggers of left: a partner leaving a framework or suspending its part in it ("withdrew from
# the PfP in 1996", "suspended its participation in"); each is also a blocker, so no other claim
# is read from the clause. "left out of" is exclusion, not leaving (LEAVE_NOT).
LEAVE_WORDS = _words(
    "ceased exited leave leaves leaving left quit quits suspend suspended suspending suspends "
    "withdraw withdrawing "
    "withdrawn withdraws withdrew"
)
LEAVE_NOT = _words("out over behind")
# Verbs that leave with "out of" ("walked out of the EAPC in 2005", "pulled out of the PfP").
LEAVE_OUT_OF = _words("dropped opted pulled walked")
# The leaving words that say suspension, not departure ("suspended its participation in").
SUSPEND_WORDS = _words("suspend suspended suspending suspends")
# Words of coming back ("resumed its participation in", "rejoined the PfP in 2008"): the
# date is of a return, not of joining, so the reader makes no claim of joining from them.
RESUME_WORDS = _words(
    "reactivate reactivated reactivating readmitted reentered reinstated rejoin rejoined "
    "rejoining rejoins renewed restored resume resumed resumes resuming returned returning returns"
)

# Halts short of a suspension ("froze its cooperation with NATO", "halted its participation"):
# the reader does not check them, so they block a claim and list the sentence as not checked;
# only a halt of a partnership does (HALT_OBJECTS), not "a frozen conflict" or "severed ties
# with Russia".
HALT_WORDS = _words(
    "downgraded freeze freezes freezing froze frozen halt halted halting halts pause paused "
    "pausing severed"
)
# What a halt must act on to block a claim: its object ("froze its participation in") or the
# subject of its passive ("cooperation ... was frozen").
HALT_OBJECTS = _words(
    "activities contacts cooperation engagement involvement membership part participation "
    "partnership programme programmes"
)

# Words that make a clause neither a plain claim nor a plain negation ("except Japan", "unlike
# Israel"); the reader prefers to miss these than guess. Leaving words block every claim but the
# `left` one they make ("left the PfP", claims.py).
BLOCKERS = (
    _words(
        "ceased except excluding instead left outside rather suspended unlike withdrew without "
        # "a former PfP partner" says it no longer is one, which the reader does not check
        "former formerly"
    )
    | LEAVE_WORDS
)

# Words that make a whole sentence a report of an error rather than a claim.
HEDGES = _words(
    "alleged allegedly erroneously error false falsely incorrectly misconception misleading "
    "misreport misreported mistake mistakenly myth purportedly rumored rumoured supposedly wrong "
    "wrongly "
    # a statement called a slip: "..., a spokesman said, in what appeared to be a slip"
    "blunder gaffe slip "
    # doubt: "it is unclear whether Israel is a member" states nothing
    "uncertain unclear unconfirmed unverified whether "
    # denial and belief: "officials denied that Ukraine had joined NATO", "nobody believes that
    # Israel is a member" say what someone holds, not what is so
    "believe believed believes deny denied denies denying disputed disputes doubt doubted doubts "
    "untrue "
    # a rumour and its dismissal: "Rumours that Oman joined the ICI in 2006 are unfounded"
    "baseless groundless hoax rumor rumors rumour rumours speculation speculative unfounded "
    "unsubstantiated"
)
# Evidence denied or missing before "that": "There is no evidence that ...", "It has never been
# confirmed that ...", "Nothing suggests that ...", "There is little proof that ...". What
# follows is what is doubted, not what the article says (claims._unasserted); a negator must
# stand at most three words before the word of evidence.
DOUBT_NEGATORS = _words(
    "barely hardly little n't neither never no nobody none nor not nothing scant"
)
EVIDENCE_WORDS = _words(
    "confirm confirmation confirmed confirms corroborate corroborated corroborates evidence "
    "indicate indicated indicates indication indications proof prove proved proven proves record "
    "records show showed shown shows sign signs suggest suggested suggestion suggests"
)
# Hearsay: "Jordan reportedly joined", "apparently a member" say what is said, not what is so;
# each withholds only its own clause ("Qatar reportedly joined the MD, but Kuwait joined ...").
HEARSAY_ADVERBS = _words(
    "apparently ostensibly presumably purported reportedly reputedly seemingly"
)

# Verbs of hearsay or inference before "to" and a verb ("is said to have joined", "appears to be
# a member", "is thought to have", "is reported to have") or after "it is" and before "that" ("it
# is understood that ..."): the sentence says what is said or supposed, so it makes no claim.
HEARSAY_VERBS = _words(
    "alleged appear appeared appears assumed believed estimated expected presumed reported "
    "reputed rumored rumoured said seem seemed seems supposed suspected thought understood"
)
# What may follow "said to", "thought to": a verb of being, having or joining.
HEARSAY_INFINITIVES = _words(
    "accede be been belong become cooperate enter have hold join participate remain sign take work"
)

# Verbs of contested assertion ("Minsk insists that Belarus ...", "Critics claim Israel ...", "X
# argues that"): what follows is a party's position, not the article's own claim, so a sentence
# where one comes before a name makes no claim; "maintain" only with "that" after it ("maintains
# its partnership" is a claim of continuing). Verbs of neutral report ("said", "announced") are
# how news cites a source for a fact, and are read through.
CONTESTED = _words(
    "argue argued argues arguing assert asserted asserting asserts claim claimed claiming claims "
    "contend contended contending contends insist insisted insisting insists allege alleges "
    "alleging"
)
CONTESTED_WITH_THAT = _words("maintain maintained maintaining maintains")

# Hopes, plans, offers, proposals and near-misses: "hopes to join", "proposed joining",
# "virtually a member".
MODALS = (
    _words(
        "almost application applied applies apply asked aspiration aspirations aspire aspired aspires "
        "aspiring attempt attempted attempting attempts bid candidate considering could eventually "
        "expect expected expecting expects future hope hoped hopes hoping if intend intended "
        "intending intends "
        "invitation invited likely may might nearly brink offer offered offering offers perhaps plan planned "
        "planning plans possibly potential potentially practically probably propose proposed proposes "
        "proposing proposal prospective quasi requested seek seeking seeks shall should someday soon "
        "sought tried tries try trying unless upcoming verge virtually poised want wanted wants whether "
        "will would fail failed failing fails must eager keen ready going bound unlikely need needs "
        "ought aim aims aiming aimed wish wishes wishing determined"
    )
    | HEARSAY_ADVERBS
)
# Near misses that are phrases: "came close to joining", "was close to", "stopped short of",
# "fell short of" (the word after the verb, before "to" or "of", is read as "nearly"); "on the
# verge of", "on the brink of" and "was poised to" are MODALS of their own.
_BEING_NEAR = _words(
    "came come comes coming was were is are been be being got get gets getting seemed looked "
    "remain remains remained stay stays stayed moved moves moving edged inched drew draws"
)
NEAR_MISS_VERBS = {
    "close": (_BEING_NEAR, "to"),
    "closer": (_BEING_NEAR, "to"),
    "closest": (_BEING_NEAR, "to"),
    "short": (_words("stopped stop stops stopping fell fall falls falling fallen"), "of"),
    # distance is no joining either: "has never been so far from joining NATO"
    "far": (_BEING_NEAR, "from"),
    "farther": (_BEING_NEAR, "from"),
    "further": (_BEING_NEAR, "from"),
}  # fmt: skip
# Words of degree that may stand between the verb and "close" or "far": "had never been so close
# to joining", "is still very far from", "came as close as ever to".
NEAR_MISS_DEGREE = _words("any as even ever much never no nowhere quite so still this too very")

# Verbs that are a decision or a thought, not the act, before a verb of joining: "considered
# joining", "decided to join", "agreed to join" (the act may never have followed).
INTENT_VERBS = _words(
    "agree agreed agrees chose consider considered considers decide decided decides moved pledged "
    "promised resolved vote voted votes vowed"
)
# Pronouns that stand for the countries named before, and how many each stands for (2: two or
# more); "its" and "their" as in "Its cooperation with NATO covers ...", read as "Jordan's
# cooperation".
PRONOUNS = {"it": 1, "they": 2, "its": 1, "their": 2}
# Waiting, working or striving for a joining that has not come, before "to join", "for
# membership" or "towards joining": "is still waiting to join", "is preparing to join", "longs to
# join", "is pushing for membership", "is working towards joining"; and the road to it, after "in"
# or "on": "is in line to join", "is on its way to joining", "on course to join".
STRIVING_VERBS = _words(
    "wait waits waiting waited await awaits awaiting prepare prepares preparing prepared push "
    "pushes pushing pushed press presses pressing pressed struggle struggles struggling struggled "
    "strive strives striving strove fight fights fighting fought battle battles battling battled "
    "campaign campaigns campaigning campaigned lobby lobbies lobbying lobbied long longs longing "
    "longed yearn yearns yearning yearned queue queues queuing queueing queued bid bids bidding "
    "vie vies vying vied work works working worked race races racing raced rush rushes rushing "
    "scramble scrambles scrambling scrambled clamour clamours clamouring clamoured angle angles "
    "angling angled move moves moving itching eyeing knocking"
)
STRIVING_ROADS = _words("line way course track path road queue")
# What such striving is for: "pushing for membership", "working towards accession".
STRIVEN_FOR = _words("membership accession admission entry integration")
# Refusal, reluctance and avoidance before a verb of joining: "declined to join", "refused to
# join", "was reluctant to join", "resisted joining", "ruled out joining", "avoided joining". The
# act did not follow (or not then), so the clause makes no claim of it either way: a refusal then
# says nothing of membership now (Finland and Sweden declined for decades, then joined).
REFUSAL_WORDS = _words(
    "averse avoid avoided avoiding avoids balk balked balking balks decline declined declines "
    "declining disinclined forgo forgoes forwent hesitant hesitate hesitated hesitates "
    "hesitating loath loth opposed refrain refrained refrains refuse refused refuses refusing "
    "reject rejected rejecting rejects reluctant reluctantly renounce renounced renounces resist "
    "resisted resisting resists rule ruled rules ruling shun shunned shuns spurn spurned spurns "
    "unwilling unwillingly wary willing"
)
# Particles that may stand between such a word and the joining: "ruled out joining", "balked at
# joining", "opted against joining".
REFUSAL_PARTICLES = _words("against at away out")
# Prepositions that make a joining after them a matter spoken of, not an act done: "prevents it
# from joining", "warned Finland against joining", "threatened Sweden over joining", "the
# prospect of joining", "talk about joining".
UNDONE_BEFORE = _words("about against from of over")
# Verbs of another's act on a country's joining, before the country: "Greece prevented Macedonia
# from joining", "Moldova's constitution forbids it to join", "Turkey delayed Finland's accession",
# "Hungary opposed Ukraine joining", "Russia objects to Georgia joining", "the Kremlin warned
# Finland": the country is the object of someone else's act, so it makes no claim (as after
# APPROVE_WORDS). "keep" and "stop" are read only with "from" after the country (UNDONE_BEFORE).
PREVENT_WORDS = _words(
    "bar barred barring bars ban banned banning bans delay delayed delaying delays deter deterred "
    "deterring deters discourage discouraged discourages discouraging dissuade dissuaded "
    "dissuades dissuading forbade forbid forbidden forbidding forbids hinder hindered hindering "
    "hinders obstruct obstructed obstructing obstructs object objected objecting objects oppose "
    "opposed opposes opposing postpone postponed postpones prevent prevented preventing prevents "
    "prohibit prohibited prohibiting prohibits resist resisted resisting resists stall stalled "
    "stalling stalls threaten threatened threatening threatens warn warned warning warns "
    "pressed pressured pressuring urge urged urges urging encourage encouraged encourages "
    "encouraging persuade persuaded persuades persuading"
)

# The joining those verbs may stand before ("to join", "joining", "to become", "becoming").
JOIN_INFINITIVES = _words("accede become enter join participate sign take apply seek")
JOIN_GERUNDS = _words(
    "acceding applying becoming entering joining participating seeking signing taking"
)

# Verbs that, before "into", say a body took the subject in: "was welcomed into NATO", "accepted
# into the Alliance", "inducted into" (read as "admitted"); not "brought" or "took" ("brought
# Ukraine into NATO's orbit", "took into account").
INTO_WORDS = _words("welcomed accepted inducted")
# Verbs whose object a body takes in ("NATO welcomed Finland into the Alliance", "admitted
# Montenegro as its 29th").
TAKES_IN = INTO_WORDS | _words("admitted admits welcomes accepts inducts")

# A body's members as a whole: "joined the ranks of NATO", "NATO's ranks", "into its fold".
FOLD_WORDS = _words("ranks fold")

# Entering a body: "entered NATO", "entered the Alliance" (a membership word only before NATO).
ENTER_WORDS = _words("enter entered entering enters")

# Triggers of member_of between a country and NATO ("joined NATO", "a member of NATO").
MEMBER_WORDS = _words(
    "accede acceded accession admitted allies ally join joined joining joins member members "
    "membership"
)

# Words right after NATO that make membership: "a NATO member", "NATO's 32nd member".
MEMBER_TAIL = _words("allies ally countries country member members nation nations state states")

# Words of a country's part in an operation ("sent troops to ISAF", "contributed aircraft to
# Operation Unified Protector", "took part in KFOR"): the reader does not judge such a part, so a
# sentence that names a country and an operation with one is listed as not checked.
CONTRIBUTE_WORDS = _words(
    "contribute contributed contributes contributing contribution contributions contributor "
    "contributors send sending sends sent deploy deployed deploying deploys deployment "
    "deployments provide provided provides providing participate participated participates "
    "participating participation part join joined joining joins serve served serves serving "
    "support supported supporting supports troops troop forces personnel soldiers aircraft jets "
    "ships frigate frigates contingent contingents flew fly flies flying pledged pledge"
)

# Triggers of partner_in between a country and a framework.
PART_WORDS = _words(
    "accede acceded accedes acceding admitted agreed belong belonged belongs enrolled enrols "
    "enrolls join joined joining joins member members "
    "membership part participant participants participate participated participates participating "
    "participation partner partners signatories signatory signed signs within "
    # sitting in a body is taking part in it: "has sat in the EAPC since 1997"
    "sat sit sits sitting "
    # "entered the PfP in 2000", "came aboard in 1996", "put its signature to the PfP ..."
    "entered enters aboard signature"
)

# Coming "on board" is coming aboard, joining: "came on board in February 1995", "got on board the
# ICI in 2005" (claims.Sentence reads the "board" after one of these verbs as "aboard"); "is on
# board with the plan" says agreement, not joining, and is left alone.
ON_BOARD_VERBS = _words(
    "came come comes coming got get gets getting climbed climb climbs climbing hopped jumped "
    "stepped"
)
# Taking a seat or a place in a body is joining it: "took a seat in the EAPC in 1997", "takes its
# place in the ICI", "had taken up their seats on the council" (claims.Sentence reads the verb as
# the verb of joining in the same form); "took place in" (no owner of the seat) is no joining.
TAKING_AS_JOINING = {
    "take": "join", "takes": "joins", "taking": "joining", "took": "joined", "taken": "joined",
}  # fmt: skip
SEAT_OWNERS = _words("a an its their his her")
SEAT_NOUNS = _words("seat seats place places")
SEAT_PREPOSITIONS = _words("in on at among within")

# Words right after a framework that make participation: "are PfP members".
PART_TAIL = _words(
    "countries country member members nation nations participant participants partner partners "
    "signatories signatory state states"
)

# Triggers of cooperates_on: "works with NATO on ...".
COOP_WORDS = _words(
    "co-operate co-operates co-operation collaborate collaborated collaborates collaboration "
    "consult consultations consults contribute contributed contributes contributing contribution "
    "contributions cooperate cooperated cooperates cooperating cooperation deployed deploys "
    "engage engaged engagement engages jointly partner partnered partnering partners partnership "
    "relations relationship sends sent teamed ties together work worked working works"
)

# Triggers of addresses: "the ICI focuses on ...".
ADDRESS_WORDS = _words(
    "address addressed addresses addressing against aims centers centres combat combating combats "
    "combatting concentrates counter countering counters cover covered covering covers deal deals "
    "fight fighting fights focus focused focuses focussed focusses includes priorities "
    "prioritises prioritizes spans tackle tackled tackles tackling target targets"
)

# Words of a framework's reach, not its membership: "the ICI is open to Gulf states such as Saudi
# Arabia", "available to countries like Oman", "aimed at states such as ...": the countries
# after them are examples of those it is open to, not of those that take part.
OPEN_TO_WORDS = _words(
    "accessible aimed available designed directed eligible extended geared open opened opens "
    "reach reaches tailored targeted targeting targets"
)

# Comparatives: "has never been a more important partner", "never a closer partner of NATO". Under
# a negation they deny the degree, not the partnership, so the clause makes no claim ("more"
# after "any" or "no" is "any longer", read apart).
COMPARATIVES = _words(
    "better bigger closer deeper firmer greater keener larger less more stronger tighter "
    "warmer worse"
)

# Exclusive claims: "Only Bahrain and Qatar joined the ICI", "Israel is the only member of the
# MD", "the sole Arab partner", "Kuwait alone joined", "alone among the GCC states". They say
# that no other country did or does: one of a single country with no qualifier is checked
# against every listed partner (claims._only, an ``only_partner_in`` claim); any other (several
# countries, a qualifier such as "Arab" or "Gulf", a date) makes no claim rather than one of its
# inclusive half, and is listed as not checked.
EXCLUSIVE_WORDS = _words("only sole single just merely solely simply exclusively")
# After a country's name: "Bahrain and Qatar exclusively joined the ICI" ("only" there restricts
# what follows instead: "Kuwait only joined in 2005").
EXCLUSIVE_AFTER = _words("exclusively solely")
# Nobody but X, X and nobody else, none other than X.
EXCLUSIVE_NOBODY = _words("nobody none noone")
# The nouns "the only" must qualify to be exclusive over countries: "the only member", "the only
# Arab partner", "the only country to have joined", "the only one".
EXCLUSIVE_NOUNS = _words(
    "allies ally countries country member members nation nations one ones participant "
    "participants partner partners signatories signatory state states"
)

# Object-first forms: "PfP participants include ...", "NATO members such as ...".
REVERSE_WORDS = _words(
    ": among are comprise comprised comprises counts include included includes including like "
    "namely such were"
)

# Words passed over before a tail trigger: "NATO's newest member", "a PfP founding member".
TAIL_SKIP = _words("'s - full fully founding new newest latest former")

# Tokens allowed between a subject and a tail trigger: "is a", "are now full", ", long-time".
COPULA = _words(
    "'s , - a active all already also among an are as be became become becomes been being both "
    "considered continue continues counted current described each fellow formally former founding "
    "full fully had has have is its latest listed long longtime named new newest now of "
    "officially one remain remained remains seen stay stays still the their time to was were "
    # "the most recent Ally", "the last Ally": a rank (claims._rank)
    "last most recent "
    "which who"
)

# A country group right after one of these is an object ("an ally of the United States").
PREPOSITIONS = _words(
    "about against alongside among at beside besides between by for from in including into like "
    "of on than through to toward towards unlike via with"
)

# Idioms that say the opposite of the words around them: "an ally in all but name" is no ally;
# and phrases that put a claim in the future or in doubt.
# A partnership held in name, not in practice: "still formally a PfP partner", "a partner in name
# only", "on paper" (no claim of taking part now is read from it).
IN_NAME_WORDS = _words("formally nominally officially technically notionally theoretically")
IN_NAME_PHRASES = ("in name", "on paper", "only in name", "in theory")

HEDGE_PHRASES = (
    "all but name",
    "de facto",
    "so - called",
    "so-called",
    "in the future",
    "one day",
    "in the coming",
    "set to",
    "on track to",
    "in talks",
    "is to join",
    "are to join",
    "about to",
    "due to join",
    "due to become",
    "in the process of",
    "not clear",
    "not certain",
    "not known",
    "not true",
    "not the case",
)
BARRIERS = frozenset({";"})

# Tense and dates. A year is a claimed date: the words just before it say which one.
SINCE = _words("since")
UNTIL = _words("until till")
FROM = _words("from")
# "joined", "became": an event, checked against the join date when a year goes with it.
EVENT_WORDS = _words(
    "acceded admitted agreed became become becoming enrolled entered join joined joining signed "
    "aboard signature "
    # "was named an Enhanced Opportunities Partner in 2014": made one then, not one at that date
    "named designated"
)
# The historic present of joining, as headlines and timelines tell the past ("Ukraine joins the
# PfP in 1994", "June 1997 - Slovenia joins the PfP", "| 2010 | Ukraine joins ... |"): with a date
# of its own, a join at that date (not the state then); with none, the present state. A present
# of the future ("joins next year", "is to join", "if X joins") is read as no claim before this.
HISTORIC_PRESENT = _words("accedes becomes enrols enrolls enters joins signs")
# "was", "took part": a past state, true if it ever held (and ended when "until" says so).
PAST_WORDS = _words(
    "belonged collaborated comprised cooperated formerly former included once participated "
    "previously served took was were worked "
    # "Sweden remained a PfP partner until it joined NATO in 2024": a past state, not now
    "remained stayed continued "
    # "Croatia sat in the EAPC from 2000 until 2009"
    "sat"
)
# Words that rank ("NATO's 30th member", "the first country to join", "NATO's newest member"):
# the place among the Allies in order of accession, checked for NATO membership; -1 is the last.
_PLACES = "first second third fourth fifth sixth seventh eighth ninth tenth"
RANK_WORDS = {
    **{w: n for n, w in enumerate(_PLACES.split(" "), 1)},
    "oldest": 1, "earliest": 1, "newest": -1, "latest": -1, "last": -1,
}  # fmt: skip
# Verbs of another's decision on a country's part ("Türkiye ratified Finland's accession", "Hungary
# approved Sweden's bid"): the date is theirs, so the country makes no claim.
APPROVE_WORDS = _words(
    "approve approved approves backed blocked endorsed ratified ratifies ratify vetoed welcomed"
)
# Words that make a member one of the first: NATO's founding members are its first twelve.
FOUNDING = _words("founder founders founding original")
# Words that compare or rank in a way the reader does not check ("earlier than Israel", "the
# longest-standing partner"): a clause that gives one and no date makes no claim.
COMPARISONS = _words("earlier later longest sooner than youngest")
# "has", "have" before a past participle make it present perfect, not past.
PERFECT = _words("has have")
# A date window ends at these: "Belarus joined PfP in 1995, but its cooperation was suspended in 2021".
CLAUSE_BREAKS = _words(
    "although because but when whereas which while who whose though after before"
)
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES.split(" "))}
# The usual short forms ("Feb 1995", "Sept. 1996", "5 Dec '99"), with or without a dot: read as
# a month only when capitalised and next to a day or a year ("Mar" and "Jun" are words or names
# elsewhere); "May" is a word of its own, which claims.py reads apart.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# A modal before one of these claims the present state ("will remain a partner" says it is one).
CONTINUE_WORDS = _words(
    "continue continues keep keeps maintain maintains remain remains retain retains stay stays"
)
# Words that may sit between that modal and the verb: "is expected to still remain".
CONTINUE_SKIP = _words("also likely probably still surely to")

# A clause that leaves the object unstated ("Oman has not joined"): these verbs take the
# framework the text is about; "followed" ("Qatar followed in 2005") only stands for joining.
IMPLIED_VERBS = _words(
    "acceded join joined joins participate participated participates signed take taken takes "
    "taking took aboard "
    # "the first Gulf state to sign up", "Kuwait signs up": only with "up" (claims._implied)
    "sign signs"
)
IMPLIED_EVENT = _words("follow followed follows")
# "became a member in 2024", "is a founding member": only after "a" or "an".
IMPLIED_NOUNS = _words("member participant")
# What may follow such a verb when its object is left out: dates and small words.
IMPLIED_SLOT = _words(
    "afterwards again already as at both early eventually first following in itself late later "
    "mid on once only same since soon subsequently suit that the then together too until well "
    "year years"
)

# Asides set off by commas that say nothing about the claim: "Minsk, by contrast, is still ...".
ASIDES = tuple(
    tuple(phrase.split())
    for phrase in (
        "by contrast", "in contrast", "however", "meanwhile", "moreover", "likewise", "similarly",
        "too", "also", "indeed", "in fact", "in turn", "for its part", "for their part",
        "for now", "so far", "to date", "of course", "nonetheless", "nevertheless", "though",
        "for example", "for instance", "in particular", "notably", "today", "now",
        "as it happens", "ironically", "interestingly", "surprisingly",
        "unsurprisingly", "admittedly", "after all", "incidentally", "for the record",
        "to be clear", "to be sure", "in any case", "as expected",
        "believe. it or not",  # its "believe" marked as no belief (claims.Sentence)
    )
)  # fmt: skip

# -- dates, conditions and ranks (claims.py's date reader) --------------------------------------

# The nouns a rank must stand before to be a place among the Allies: "NATO's 30th member", "the
# first country to join"; not a day ("March 7th"), a century or "the second-largest army".
RANKED = frozenset(("member", "ally", "country", "state", "nation"))

# Words a short year ("'95") follows; a quote after anything else closes a quotation ("the 'PfP'
# 30 years ago").
YEAR_LEADS = frozenset(
    ("in", "since", "from", "until", "till", "by", "before", "after", "of", "and", "to", "between",
     "around", "circa")
)  # fmt: skip

# Words that may stand between such a word and the year: "by March 1995", "before the 1990s".
DATE_FILLERS = frozenset(("the", "of", ",", "early", "mid", "late", *MONTHS))

# Nouns a number counts ("with 2000 troops", "some 1999 soldiers", "2000 more troops"): a
# four-digit number before one is no year, unless a word of dates leads to it (COUNT_NOT_AFTER).
COUNTED_NOUNS = _words(
    "troops soldiers personnel servicemen servicewomen members staff officers officials troopers "
    "marines sailors airmen pilots men women people persons civilians refugees peacekeepers "
    "observers instructors trainers advisers advisors experts trainees cadets students "
    "volunteers fighters participants delegates "
    "km kilometres kilometers miles metres meters tonnes tons "
    "ships vessels warships boats submarines aircraft jets planes helicopters drones tanks "
    "vehicles missiles rockets rounds weapons guns rifles "
    "million billion euros dollars"
)
# Words after which a four-digit number is the year even before such a noun: "in 2004 troops
# were sent", "since 2000 members have met".
COUNT_NOT_AFTER = _words(
    "in on since from until till by before after between during through throughout circa year"
)
# Words that may stand between a count and its noun only if none of these: "2000 more troops",
# "2000 Georgian soldiers", but not "1994 and troops", "1994 when troops".
COUNT_NOT_BETWEEN = _words(
    "and or but nor when while as to the a an was were is are had has have that which after "
    "before until since in on of"
)

# Dates given relative to when the article was written ("last year", "a decade ago"): the reader
# does not know that day, so a clause dated only so makes no claim.
RELATIVE_UNITS = frozenset(
    ("year", "years", "month", "months", "decade", "decades", "week", "weeks", "spring",
     "summer", "autumn", "fall", "winter", "century")
)  # fmt: skip

# Words that, after a number of RELATIVE_UNITS, date a claim from another date ("ten years after
# it joined the PfP", "a year later"), and words before "year" that do ("the same year as
# Finland", "the following year").
FROM_ANOTHER_DATE = frozenset(("after", "later", "before", "earlier", "afterwards", "prior"))
YEAR_BY_REFERENCE = frozenset(("same", "following", "next", "previous", "that", "subsequent"))

# Words that date a claim from the day of writing, or leave its start unnamed ("always", "since its
# creation") or spell a year out ("nineteen ninety-five"): the reader makes no claim of it.
RELATIVE_WORDS = frozenset(("ago", "recently", "lately", "newly", "yesterday"))

UNDATED_WORDS = frozenset(
    ("always", "creation", "inception", "outset", "beginning", "nineteen", "twenty", "thousand")
)

# A length of time long enough to say when a state began ("has been a member for decades", "for
# ten years"); "for years" says too little to refute anything.
LONG_SPANS = frozenset(
    ("decade", "decades", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty",
     "thirty", "generations")
)  # fmt: skip

# Words before a subject that make its clause a condition or a supposition: "If Ukraine joins
# NATO, ...", "Once Georgia joins", "Had Ukraine joined NATO in 2008, ...", "Should Serbia join".
CONDITIONS = frozenset(("if", "unless", "once", "whether", "suppose", "supposing", "assuming"))

# A first word that makes a condition of the clause: "Had Ukraine joined ...", "Were Serbia to join".
INVERTED = frozenset(("had", "were", "should"))

# Words a plain passive of suspension may hold besides its auxiliaries: "has temporarily been
# suspended".
PASSIVE_ADVERBS = frozenset(
    ("had", "also", "temporarily", "partly", "partially", "formally", "officially")
)

# Where the verb after an object ends: a conjunction, a comma, or the preposition of a date.
VERB_AFTER_ENDS = frozenset(
    ("and", ",", "or", "in", "on", "at", "since", "until", "till", "from", "by", "after", "before")
)

# Hyphen, double hyphen, em and en dash: a break in a clause, or a dateline's ("WASHINGTON — ...").
DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
# Verbs of a framework's launch ("The MD was launched in December 1994").
LAUNCH_VERBS = frozenset(
    (
        "launched",
        "founded",
        "created",
        "established",
        "inaugurated",
        "introduced",
        "unveiled",
        "formed",
        "initiated",
    )
)
# Nouns a framework's name qualifies, naming another thing ("the ICI Regional Centre", "a DCB
# package"): no launch of the framework is said of it.
NAME_PART_NOUNS = frozenset(
    ("regional", "centre", "center", "package", "packages", "programme", "program", "project",
     "projects", "fund", "trust", "office", "mission", "policy", "course", "school", "college",
     "summit", "meeting", "meetings", "conference", "agreement", "document", "plan")
)  # fmt: skip
# Their historic present, as a headline or a timeline tells a launch ("NATO launches the ICI in
# 2004"): read only with NATO acting on the framework after the verb, never as a passive ("the ICI
# launches a course" is the framework acting).
LAUNCH_PRESENT = frozenset(
    ("launches", "founds", "creates", "establishes", "inaugurates", "introduces", "unveils",
     "forms", "initiates")
)  # fmt: skip
# Verbs of an operation's start ("KFOR was deployed in June 1999", "Resolute Support began on 1
# January 2015") besides those of a launch, and of its end ("ISAF ended in December 2014",
# "NATO concluded Operation Unified Protector on 31 October 2011"); "came to an end" too.
OPERATION_STARTS = LAUNCH_VERBS | frozenset(("began", "begun", "started", "commenced", "initiated"))
OPERATION_ENDS = frozenset(("ended", "concluded", "terminated", "closed", "finished"))
