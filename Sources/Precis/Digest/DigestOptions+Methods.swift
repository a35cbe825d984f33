extension DigestOptions {
    /// One summarization method: its settings-file name, what it does, and how the options build
    /// it. Adding a method is a case of ``SummarizerMethod``, a field for its settings, and one
    /// entry in ``methods``.
    struct MethodEntry: Sendable {
        /// The name settings files use.
        let method: SummarizerMethod
        /// One line on what it does.
        let summary: String
        /// The settings-file objects that configure it.
        let settingsKeys: [String]
        /// Whether `mmr: true` re-selects its ranking (a method that already selects by MMR is not
        /// wrapped again).
        let rerankable: Bool
        /// Builds it from the options (its own settings, validated).
        let make: @Sendable (DigestOptions) throws -> any Summarizer
    }

    /// Every method, in the order they are listed.
    static let methods: [MethodEntry] = [
        MethodEntry(method: .concepts, summary: "Weighted concept coverage: ICSI's bigram concepts, first sentences counted apart",
                    settingsKeys: ["concepts"],
                    rerankable: true) {
                        var summarizer = try ConceptCoverageSummarizer(options: $0.concepts)
                        summarizer.referentRestatement = $0.referentRestatement
                        return summarizer
                    },
        MethodEntry(method: .centroidMMR, summary: "Centroid relevance with cross-article support, selected by MMR",
                    settingsKeys: ["scorer", "selector"],
                    rerankable: false) { try CentroidMMRSummarizer(scorer: $0.scorer, selector: $0.selector) },
        MethodEntry(method: .centroid, summary: "MEAD's centroid, position and first-sentence scores",
                    settingsKeys: ["centroid"],
                    rerankable: true) { try MEADCentroidSummarizer(options: $0.centroid) },
        MethodEntry(method: .lexrank, summary: "LexRank: eigenvector centrality of the sentence-similarity graph",
                    settingsKeys: ["lexrank"],
                    rerankable: true) { try LexRankSummarizer(options: $0.lexrank) },
        MethodEntry(method: .textrank, summary: "TextRank: PageRank over word-overlap similarity",
                    settingsKeys: ["textrank"],
                    rerankable: true) { try TextRankSummarizer(options: $0.textrank) },
        MethodEntry(method: .sumbasic, summary: "SumBasic: word probabilities, squared down once used",
                    settingsKeys: ["sumbasic"],
                    rerankable: true) { try SumBasicSummarizer(options: $0.sumbasic) },
        MethodEntry(method: .klsum, summary: "KL-Sum: greedy minimum KL divergence to the cluster's words",
                    settingsKeys: ["klsum"],
                    rerankable: true) { try KLSumSummarizer(options: $0.klsum) },
        MethodEntry(method: .submodular, summary: "Lin & Bilmes' submodular coverage plus diversity",
                    settingsKeys: ["submodular"],
                    rerankable: true) { try SubmodularSummarizer(options: $0.submodular) },
        MethodEntry(method: .lead, summary: "The lead baseline: first sentences first",
                    settingsKeys: [],
                    rerankable: true) { _ in LeadSummarizer() },
    ]
}

extension DigestOptions.SummarizerMethod {
    /// One line on what the method does.
    public var summary: String { DigestOptions.entry(for: self).summary }

    /// The settings-file objects that configure the method (`"concepts"`, or `"scorer"` and
    /// `"selector"` for centroid+MMR); none for the lead baseline.
    public var settingsKeys: [String] { DigestOptions.entry(for: self).settingsKeys }
}

extension DigestOptions {
    /// The table entry of `method`.
    static func entry(for method: SummarizerMethod) -> MethodEntry {
        guard let entry = methods.first(where: { $0.method == method }) else {
            preconditionFailure("DigestOptions.methods has no entry for '\(method.rawValue)'")
        }
        return entry
    }
}
