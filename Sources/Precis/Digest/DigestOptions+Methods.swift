extension DigestOptions {
    /// One summarization method: its settings-file name, what it does, and how the options build
    /// it. Adding a method is a case of ``SummarizerMethod``, a field for its settings, and one
    /// entry in ``methods``.
    struct MethodEntry: Sendable {
        /// The name settings files use.
        let method: SummarizerMethod
        /// One line on what it does.
        let summary: String
        /// Whether `mmr: true` re-selects its ranking (a method that already selects by MMR is not
        /// wrapped again).
        let rerankable: Bool
        /// Builds it from the options (its own settings, validated).
        let make: @Sendable (DigestOptions) throws -> any Summarizer
    }

    /// Every method, in the order they are listed.
    static let methods: [MethodEntry] = [
        MethodEntry(method: .concepts, summary: "Weighted concept coverage (ICSI's bigram concepts), the default",
                    rerankable: true) { try ConceptCoverageSummarizer(options: $0.concepts) },
        MethodEntry(method: .centroidMMR, summary: "Centroid relevance with cross-article support, selected by MMR",
                    rerankable: false) { try CentroidMMRSummarizer(scorer: $0.scorer, selector: $0.selector) },
        MethodEntry(method: .centroid, summary: "MEAD's centroid, position and first-sentence scores",
                    rerankable: true) { try MEADCentroidSummarizer(options: $0.centroid) },
        MethodEntry(method: .lexrank, summary: "LexRank: eigenvector centrality of the sentence-similarity graph",
                    rerankable: true) { try LexRankSummarizer(options: $0.lexrank) },
        MethodEntry(method: .textrank, summary: "TextRank: PageRank over word-overlap similarity",
                    rerankable: true) { try TextRankSummarizer(options: $0.textrank) },
        MethodEntry(method: .sumbasic, summary: "SumBasic: word probabilities, squared down once used",
                    rerankable: true) { try SumBasicSummarizer(options: $0.sumbasic) },
        MethodEntry(method: .klsum, summary: "KL-Sum: greedy minimum KL divergence to the cluster's words",
                    rerankable: true) { try KLSumSummarizer(options: $0.klsum) },
        MethodEntry(method: .submodular, summary: "Lin & Bilmes' submodular coverage plus diversity",
                    rerankable: true) { try SubmodularSummarizer(options: $0.submodular) },
        MethodEntry(method: .lead, summary: "The lead baseline: first sentences first",
                    rerankable: true) { _ in LeadSummarizer() },
    ]
}
