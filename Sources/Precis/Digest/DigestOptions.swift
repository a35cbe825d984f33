import Foundation
import PrecisSupport

/// Everything that decides a digest: the settings a user compares. `Codable`, so settings files
/// (`Evaluation/configs/*.json`) decode to it; every field is optional in JSON and defaults as
/// here.
///
/// ```json
/// {"budget": {"words": 100}, "order": "rank", "idf": "background",
///  "scorer": {"supportWeight": 0.5}, "selector": {"lambda": 0.7}}
/// ```
public struct DigestOptions: Sendable, Hashable, Codable, Settings {
    /// How much to write (default 100 words).
    public var budget: Budget = .words(100)
    /// Item order (default best first).
    public var order: DigestOrder = .rank
    /// Where IDF comes from: the shipped background model (default) or the cluster itself.
    public var idf: IDFChoice = .background
    /// Sentence scoring.
    public var scorer: CentroidScorer.Options = .init()
    /// Selection under the budget.
    public var selector: MMRSelector.Options = .init()
    /// The summarization method (default: weighted concept coverage, chosen on DUC 2003 and
    /// DUC 2007 set A; see `Evaluation/results/duc2003-tuning.md`).
    public var method: SummarizerMethod = .concepts
    /// After the method's picks, fill the rest of the budget from the centroid ranking (skipping
    /// redundant sentences). Off by default; an empty selection is always filled.
    public var fillBudget: Bool = false
    /// Re-select any method's ranking by MMR with ``selector`` (default off).
    public var mmr: Bool = false
    /// Shortened variants of each sentence (``SpanCompressor``) offered to the method beside it
    /// as candidates; a digest takes at most one version of a sentence (default none).
    public var compression: CompressionVariants = .none
    /// The compressor's rules the variants of ``compression`` may use (`nil`, the default: every
    /// rule of their level); a level still applies only its own rules among these.
    public var compressionRules: [CompressionRule]?
    /// Fused sentences (``SentenceFuser``): each group of restatements across articles (cosine at
    /// or above ``fusionSimilarity``) fused by a word graph into one sentence shorter than any of
    /// them, offered beside them; a digest takes at most one version of each source sentence.
    /// Default off; English only (the fuser's word classes are English). With fusion the cluster
    /// is fitted twice: the groups come from the first fit's cosines.
    public var fusion: Bool = false
    /// TF-IDF cosine at or above which two sentences of different articles are restatements of one
    /// fact that ``fusion`` may join (default 0.7: the digest's attribution threshold, 0.5, also
    /// links sentences about different things that share a phrase, and their fusions moved facts
    /// between them in the blind review, `Evaluation/results/abstraction-review.md`).
    public var fusionSimilarity: Float = 0.7
    /// Cosine (TF-IDF) at or above which another article's sentence restates the sentence an
    /// item that points back follows in its article, so the item may come right after that
    /// restatement instead ("Zelensky's announcement on X came …" right after another article's
    /// report of the announcement); above 1: only the sentence before it serves. The
    /// readability rule of every method (``Digester``) and the concept method's search use it.
    public var referentRestatement: Float = 2
    /// After selection and ordering, give the digest's first mention of a person by bare
    /// surname the full name its article wrote earlier ("Kirkhart is …" → "Ken Kirkhart is …"),
    /// where the digest stays within its budget (``NameCompletion``; the completion does not
    /// change the selection, ``planNames`` may; each completed item lists its ``DigestItem/names``). English only. Default on:
    /// it passed the rule written before its figures (`Evaluation/results/readability.md`, names
    /// completed on first mention: ROUGE-1 and -2 recall unchanged on DUC 2003, DUC 2007 set A and
    /// DUC 2006, every completed DUC 2003 item read right).
    public var completeNames: Bool = true
    /// With ``completeNames``, let the selection plan for the names: when a digest leaves a
    /// completion for lack of budget, it is selected again with every candidate sentence
    /// costing, besides its own words, the given names it would get for those surnames were it
    /// their first mention (``ClusterSentence/reservedWords``; bytes for a byte budget; a
    /// sentence budget is unaffected), so the completion then fits. A digest that left none is
    /// unchanged. English only. Default on: it passed the rule written before its figures
    /// (`Evaluation/results/readability.md`, names planned in the selection: on DUC 2003 the
    /// completions left for budget fall from 5 to 0, ROUGE-1 and -2 recall do not fall).
    public var planNames: Bool = true
    /// The most sentences one digest takes (default 10,000). A cluster's similarity matrix
    /// holds S² floats and its TF-IDF matrix S × V, so a whole day of articles passed as one
    /// cluster would take gigabytes and minutes: ``Digester/fit(_:)`` refuses it with a
    /// ``PrecisError`` instead (a day is ``Briefer``'s job).
    public var maximumSentences: Int = 10_000
    /// ``MEADCentroidSummarizer`` settings (method `centroid`).
    public var centroid: MEADCentroidSummarizer.Options = .init()
    /// ``LexRankSummarizer`` settings.
    public var lexrank: LexRankSummarizer.Options = .init()
    /// ``TextRankSummarizer`` settings.
    public var textrank: TextRankSummarizer.Options = .init()
    /// ``SumBasicSummarizer`` settings.
    public var sumbasic: SumBasicSummarizer.Options = .init()
    /// ``KLSumSummarizer`` settings.
    public var klsum: KLSumSummarizer.Options = .init()
    /// ``SubmodularSummarizer`` settings.
    public var submodular: SubmodularSummarizer.Options = .init()
    /// ``ConceptCoverageSummarizer`` settings.
    public var concepts: ConceptCoverageSummarizer.Options = DigestOptions.tunedConcepts
    /// The articles' language (ISO 639-1 code in JSON, `"de"`); `nil` (default): detected from the
    /// text. It picks the sentence-splitting rules, stop words and stemmer.
    public var language: Language? = nil
    /// How a topic and earlier articles steer a digest (``Digester/digest(_:focus:)``); a
    /// plain digest ignores it.
    public var focus: ClusterFocus.Options = .init()

    /// The default method's settings, chosen on the development sets (DUC 2003 and DUC 2007
    /// set A, with DUC 2006 and Opinosis as guards): ICSI's concepts (stemmed surface bigrams,
    /// weighted by document count, a document's first sentence counted apart and worth one
    /// more, kept from a total of 2), content words at 0.1 of a bigram, and one support concept
    /// per sentence (worth 1 per document holding it, covered by any pick within cosine 0.4: a
    /// fact several articles word apart); no two picks within cosine 0.4 of each other, nor two
    /// that share 6 of their 11 nearest sentences (paraphrases); only sentences that stand alone.
    /// `Evaluation/configs/default.json` spells them out; `Evaluation/results/duc2003-tuning.md`
    /// and `Evaluation/results/istanbul-facts.md` (round 2 of `referents-protocol.md`) show the choice.
    public static let tunedConcepts: ConceptCoverageSummarizer.Options = {
        var options = ConceptCoverageSummarizer.Options()
        options.minimumDocuments = 2
        options.unigramWeight = 0.1
        options.supportWeight = 1
        options.supportSimilarity = 0.4
        options.positionWeight = 1
        options.leadSentences = 1
        options.leadAsDocument = true
        options.surfaceBigrams = true
        options.redundancy = 0.4
        options.paraphraseNeighbors = 10
        options.paraphraseOverlap = 0.6
        options.standaloneOnly = true
        return options
    }()

    /// The summarization methods a settings file can name.
    public enum SummarizerMethod: String, Sendable, Hashable, Codable, CaseIterable {
        /// ``CentroidMMRSummarizer``.
        case centroidMMR = "centroid-mmr"
        /// ``LeadSummarizer``.
        case lead
        /// ``MEADCentroidSummarizer``.
        case centroid
        /// ``LexRankSummarizer``.
        case lexrank
        /// ``TextRankSummarizer``.
        case textrank
        /// ``SumBasicSummarizer``.
        case sumbasic
        /// ``KLSumSummarizer``.
        case klsum
        /// ``SubmodularSummarizer``.
        case submodular
        /// ``ConceptCoverageSummarizer``.
        case concepts
    }

    /// Where IDF weights come from.
    public enum IDFChoice: String, Sendable, Hashable, Codable {
        /// The shipped background document frequencies (`Models/background-df.tsv`).
        case background
        /// The cluster's own sentences.
        case cluster

        /// The vectorizer's source for this choice.
        public var source: TfidfVectorizer.IDFSource {
            switch self {
            case .background: return .background(.shipped)
            case .cluster: return .fitted
            }
        }
    }

    /// The defaults.
    public init() {}

    /// The defaults, with the budget and order given.
    public init(budget: Budget? = nil, order: DigestOrder? = nil) {
        if let budget { self.budget = budget }
        if let order { self.order = order }
    }

    /// Every field a settings file may set.
    package static var settingFields: [SettingField<DigestOptions>] {
        [
            .init("budget", \.budget),
            .init("order", \.order),
            .init("idf", \.idf),
            .init("scorer", \.scorer),
            .init("selector", \.selector),
            .init("method", \.method),
            .init("fillBudget", \.fillBudget),
            .init("mmr", \.mmr),
            .init("compression", \.compression),
            .init("compressionRules", \.compressionRules),
            .init("fusion", \.fusion),
            .init("fusionSimilarity", \.fusionSimilarity),
            .init("referentRestatement", \.referentRestatement),
            .init("completeNames", \.completeNames),
            .init("planNames", \.planNames),
            .init("maximumSentences", \.maximumSentences),
            .init("centroid", \.centroid),
            .init("lexrank", \.lexrank),
            .init("textrank", \.textrank),
            .init("sumbasic", \.sumbasic),
            .init("klsum", \.klsum),
            .init("submodular", \.submodular),
            .init("concepts", \.concepts),
            .init("language", \.language),
            .init("focus", \.focus),
        ]
    }

    /// Checks the settings a digest uses: the budget, the sentence limit, the scorer (its
    /// threshold names supporting documents), the selector (it fills budgets) and the chosen
    /// method's own settings. (A settings file is checked field by field as it is read.)
    /// - Throws: ``PrecisError`` naming the first bad setting.
    public func validate() throws {
        _ = try checkedSummarizer()
    }

    /// The checks of ``validate()``, returning the method's summarizer they build (building it is
    /// what checks the method's own settings), so a digester builds it once.
    func checkedSummarizer() throws -> any Summarizer {
        try budget.validate()
        guard maximumSentences >= 1 else {
            throw PrecisError.invalidArgument("maximumSentences must be at least 1, got \(maximumSentences)")
        }
        guard compressionRules?.isEmpty != true else {
            throw PrecisError.invalidArgument("compressionRules must name at least one rule")
        }
        guard fusionSimilarity > 0 && fusionSimilarity <= 1 else {
            throw PrecisError.invalidArgument("fusionSimilarity must be in (0, 1], got \(fusionSimilarity)")
        }
        guard referentRestatement > 0 else {
            throw PrecisError.invalidArgument("referentRestatement must be above 0, got \(referentRestatement)")
        }
        try scorer.validate()
        try selector.validate()
        try focus.validate()
        return try makeSummarizer()
    }

    /// The summarizer these options describe.
    /// - Throws: ``PrecisError`` naming the first of the method's settings that is not usable.
    public func makeSummarizer() throws -> any Summarizer {
        let entry = Self.entry(for: method)
        let base = try entry.make(self)
        guard mmr, entry.rerankable else { return base }
        return MMRRerankSummarizer(base: base, selector: try MMRSelector(options: selector))
    }
}

extension DigestOptions {
    /// Loads a settings file (JSON; every field optional).
    ///
    /// - Parameter path: the file.
    /// - Throws: ``PrecisError`` when the file cannot be read or is not valid settings JSON; the
    ///   message names the offending field.
    public init(contentsOf path: String) throws {
        self = try decodeSettingsFile(Self.self, from: path)
    }
}
