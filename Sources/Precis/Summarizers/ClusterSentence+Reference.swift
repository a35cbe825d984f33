/// Subjects that point back: a sentence opening with one names nothing a reader of it alone can
/// identify ("The group, dubbed …", "The two leaders met …", "Zelensky's announcement on X came …").
extension ClusterSentence {
    /// Nouns that, as the head of a definite subject ("The group", "The two leaders", "The move"),
    /// stand for something an earlier sentence named: an organization, a person by role, an
    /// event or a decision.
    public static let referringNouns: Set<String> = [
        // organizations and groups
        "group", "groups", "agency", "company", "firm", "organization", "alliance", "coalition", "bloc",
        "panel", "committee", "commission", "body", "team", "party", "union", "council", "court",
        // people by role
        "leader", "leaders", "man", "men", "woman", "women", "official", "officials", "spokesman",
        "spokeswoman", "spokesperson", "suspect", "suspects", "victim", "victims", "couple", "pair",
        "two", "three", "four", "boy", "girl", "pilot", "crew", "rebels", "rebel",
        // events, decisions, statements
        "move", "decision", "plan", "deal", "agreement", "accord", "pact", "statement", "announcement",
        "proposal", "offer", "measure", "bill", "step", "meeting", "talks", "visit", "attack", "incident",
        "report", "letter", "remarks", "comments", "call", "invitation", "effort", "initiative", "request",
        "ruling", "verdict", "vote", "case", "operation", "trip", "summit", "conversation", "idea",
    ]

    /// Nouns that, after a name's possessive ("Zelensky's announcement", "Clinton's decision"),
    /// stand for an event an earlier sentence told.
    public static let eventNouns: Set<String> = [
        "announcement", "decision", "move", "remarks", "comments", "statement", "proposal", "offer",
        "visit", "call", "invitation", "request", "response", "reply", "letter", "speech", "trip",
        "appeal", "refusal", "demand", "warning", "threat", "plan", "initiative",
    ]

    /// Words that, right after the head noun, say which one it is ("The group of seven
    /// nations", "The move to cut rates", "The talks between Russia and Ukraine").
    static let namingFollowers: Set<String> = ["of", "to", "for", "between", "that", "against", "by", "with"]

    /// Number words and determiners that may stand between "The" and the head ("The two leaders").
    static let countWords: Set<String> = ["two", "three", "four", "five", "several", "other", "same", "new"]

    /// Whether the sentence's subject is a definite description that points back: "The" (or
    /// "Both"), an optional count word and one of ``referringNouns`` not followed by words that
    /// name it (``namingFollowers``), or a possessive followed by one of ``eventNouns``.
    /// Pronouns, demonstratives and connectives are ``contextOpeners`` (``standsAlone``).
    /// - Complexity: O(length of the first few words).
    public var opensWithReferringSubject: Bool {
        let words = Self._leadingWords(text, count: 5)
        guard words.count >= 2 else { return false }
        let first = words[0].lowercased()
        if first == "the" || first == "both" {
            var k = 1
            if k < words.count - 1, Self.countWords.contains(words[k].lowercased()),
               Self.referringNouns.contains(words[k + 1].lowercased()) { k += 1 }
            let head = words[k].lowercased()
            guard Self.referringNouns.contains(head), !words[k].hasSuffix("'s") else { return false }
            // "The two leaders" counts "two" as the head when no noun follows: "The two met …"
            let next = k + 1 < words.count ? words[k + 1].lowercased() : ""
            return !Self.namingFollowers.contains(next)
        }
        // "Zelensky's announcement on X came …": a name's possessive, then an event noun
        if words[0].hasSuffix("'s") || words[0].hasSuffix("\u{2019}s"), let initial = words[0].first, initial.isUppercase {
            let head = words[1].lowercased()
            let next = words.count > 2 ? words[2].lowercased() : ""
            return Self.eventNouns.contains(head) && !Self.namingFollowers.contains(next)
        }
        return false
    }

    /// The first `count` words of `text`, letters, digits and apostrophes only (a comma or a
    /// quotation mark ends a word and is dropped).
    static func _leadingWords(_ text: String, count: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for c in text {
            if c.isLetter || c.isNumber || ((c == "'" || c == "\u{2019}") && !current.isEmpty) {
                current.append(c)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if words.count == count { break }
            }
        }
        if !current.isEmpty && words.count < count { words.append(current) }
        return words
    }
}
