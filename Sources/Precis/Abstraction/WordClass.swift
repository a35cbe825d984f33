/// A set of ``WordClasses`` classes as bits: a token's classes are looked up once (one hash of
/// its key), and each rule's check is then a mask test instead of two String hashes
/// (`classes.contains(key, in: "speech")`), which the rules run on every token of every sentence.
package struct WordClass: OptionSet, Sendable, Hashable {
    package let rawValue: UInt64
    package init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The class of the word list named `name` (`"time-noun"` → ``timeNoun``), or nil for a
    /// name the rules never test (``WordClasses/contains(_:in:)`` still answers for it).
    package init?(name: String) {
        guard let known = Self.byName[name] else { return nil }
        self = known
    }

    /// `negation`.
    package static let negation = WordClass(rawValue: 1 << 0)
    /// `modal`.
    package static let modal = WordClass(rawValue: 1 << 1)
    /// `hedge`.
    package static let hedge = WordClass(rawValue: 1 << 2)
    /// `limiting`.
    package static let limiting = WordClass(rawValue: 1 << 3)
    /// `ly-not-adverb`.
    package static let lyNotAdverb = WordClass(rawValue: 1 << 4)
    /// `approximator`.
    package static let approximator = WordClass(rawValue: 1 << 5)
    /// `speech`.
    package static let speech = WordClass(rawValue: 1 << 6)
    /// `weekday`.
    package static let weekday = WordClass(rawValue: 1 << 7)
    /// `relative-day`.
    package static let relativeDay = WordClass(rawValue: 1 << 8)
    /// `time-noun`.
    package static let timeNoun = WordClass(rawValue: 1 << 9)
    /// `time-modifier`.
    package static let timeModifier = WordClass(rawValue: 1 << 10)
    /// `month`.
    package static let month = WordClass(rawValue: 1 << 11)
    /// `intensifier`.
    package static let intensifier = WordClass(rawValue: 1 << 12)
    /// `future`.
    package static let future = WordClass(rawValue: 1 << 13)
    /// `time-constraint`.
    package static let timeConstraint = WordClass(rawValue: 1 << 14)
    /// `discourse-bare`.
    package static let discourseBare = WordClass(rawValue: 1 << 15)
    /// `discourse-comma`.
    package static let discourseComma = WordClass(rawValue: 1 << 16)
    /// `clause-opener`.
    package static let clauseOpener = WordClass(rawValue: 1 << 17)
    /// `filler`.
    package static let filler = WordClass(rawValue: 1 << 18)
    /// `filler-phrase`.
    package static let fillerPhrase = WordClass(rawValue: 1 << 19)
    /// `filler-blocker`.
    package static let fillerBlocker = WordClass(rawValue: 1 << 20)
    /// `determiner`.
    package static let determiner = WordClass(rawValue: 1 << 21)
    /// `possessive`.
    package static let possessive = WordClass(rawValue: 1 << 22)
    /// `relative`.
    package static let relative = WordClass(rawValue: 1 << 23)
    /// `auxiliary`.
    package static let auxiliary = WordClass(rawValue: 1 << 24)
    /// `pronoun`.
    package static let pronoun = WordClass(rawValue: 1 << 25)
    /// `conjunction`.
    package static let conjunction = WordClass(rawValue: 1 << 26)
    /// `preposition`.
    package static let preposition = WordClass(rawValue: 1 << 27)
    /// `irregular-past`.
    package static let irregularPast = WordClass(rawValue: 1 << 28)
    /// `title`.
    package static let title = WordClass(rawValue: 1 << 29)
    /// `unit`.
    package static let unit = WordClass(rawValue: 1 << 30)
    /// The first word of a `filler-phrase` phrase (`of` of `of course`): not a list of its own,
    /// set from the phrases, so the rules try the phrases only at tokens that may open one.
    package static let fillerPhraseStart = WordClass(rawValue: 1 << 31)

    /// Every class by its name in `word-classes-en.txt`.
    private static let byName: [String: WordClass] = [
        "negation": .negation,
        "modal": .modal,
        "hedge": .hedge,
        "limiting": .limiting,
        "ly-not-adverb": .lyNotAdverb,
        "approximator": .approximator,
        "speech": .speech,
        "weekday": .weekday,
        "relative-day": .relativeDay,
        "time-noun": .timeNoun,
        "time-modifier": .timeModifier,
        "month": .month,
        "intensifier": .intensifier,
        "future": .future,
        "time-constraint": .timeConstraint,
        "discourse-bare": .discourseBare,
        "discourse-comma": .discourseComma,
        "clause-opener": .clauseOpener,
        "filler": .filler,
        "filler-phrase": .fillerPhrase,
        "filler-blocker": .fillerBlocker,
        "determiner": .determiner,
        "possessive": .possessive,
        "relative": .relative,
        "auxiliary": .auxiliary,
        "pronoun": .pronoun,
        "conjunction": .conjunction,
        "preposition": .preposition,
        "irregular-past": .irregularPast,
        "title": .title,
        "unit": .unit,
    ]
}
