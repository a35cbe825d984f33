import Foundation
import PrecisSupport

/// Digests a cluster of overlapping articles: the library's front door.
///
/// ```swift
/// import Precis
///
/// let documents = try DocumentReader().read(paths: ["Evaluation/corpora/istanbul-talks"]).documents
/// let digest = try Digester(options: DigestOptions(budget: .words(100))).digest(documents)
/// for item in digest.items {
///     print(item.score, item.document, item.text)
/// }
/// ```
///
/// Each stage is public and usable alone: ``ClusterModel`` (sentences, TF-IDF, similarity),
/// ``CentroidScorer`` (full ranking with scores), ``MMRSelector`` (selection under a budget),
/// ``DigestRenderer`` (text, Markdown, JSON). A `Digester` is immutable and `Sendable`: one
/// value can serve concurrent calls.
public struct Digester: Sendable {
    /// The settings.
    public let options: DigestOptions
    /// The method the options name.
    let summarizer: any Summarizer
    /// Fills what a method leaves of the budget.
    let filler: MMRSelector

    /// The ranking that fills what a method leaves of the budget: centroid relevance with
    /// support, without the lead prior or coverage decay.
    static let fillScorer: CentroidScorer = {
        var plain = CentroidScorer.Options()
        plain.positionWeight = 0
        plain.coverageDecay = 0
        return CentroidScorer(knownValid: plain)
    }()

    /// Creates a digester.
    /// - Parameter options: the settings.
    /// - Throws: ``PrecisError`` naming the first setting that is not usable (``DigestOptions/validate()``).
    public init(options: DigestOptions = DigestOptions()) throws {
        summarizer = try options.checkedSummarizer()
        self.options = options
        filler = MMRSelector(knownValid: options.selector)
    }

    /// Fits a cluster: splits sentences, builds TF-IDF vectors and their similarity.
    /// - Parameter documents: the cluster's documents.
    /// - Returns: the fitted cluster, reusable for several budgets.
    /// - Throws: ``PrecisError`` when the documents hold more than
    ///   ``DigestOptions/maximumSentences`` sentences (checked before any matrix is built).
    /// - Complexity: O(S² × V) for S sentences and V terms.
    public func fit(_ documents: [Document]) throws -> ClusterModel {
        try _fit(documents, rules: _textRules(language(of: documents)))
    }

    /// ``fit(_:)`` under text rules already chosen (an update digest splits the earlier articles
    /// under the same rules, without detecting the language twice).
    func _fit(_ documents: [Document], rules: (splitter: SentenceSplitter, analyzer: Analyzer?)) throws -> ClusterModel {
        let whole = ClusterSentence.sentences(of: documents, splitter: rules.splitter)
        guard whole.count <= options.maximumSentences else {
            throw PrecisError.tooManySentences(whole.count, limit: options.maximumSentences)
        }
        let (split, tokens) = options.compression.addingWithTokens(to: whole, rules: options.compressionRules)
        let model = ClusterModel(documents: documents, split: split, analyzer: rules.analyzer,
                                 idfSource: options.idf.source)
        // the fuser's word classes are English: other languages' clusters are not fused
        guard options.fusion, rules.analyzer == nil else { return model }
        // the fuser reads the compressor's tokens of each sentence (the same function of the same text)
        var tokensOfText = [String: [CompressionToken]](minimumCapacity: whole.count)
        for (sentence, tokens) in zip(whole, tokens) where !tokens.isEmpty { tokensOfText[sentence.text] = tokens }
        let fused = Self._addingFusions(to: split, in: model, threshold: options.fusionSimilarity, tokens: tokensOfText)
        guard fused.count > split.count else { return model }
        // the earlier sentences' analysis is reused: only the fused ones are analysed
        return ClusterModel(adding: fused, to: model, idfSource: options.idf.source)
    }

    /// Scores every sentence of a fitted cluster: the full ranking, best first, each with the
    /// other documents that say the same thing (the digest's attribution, whatever the method).
    /// - Complexity: O(S × V + S² + S log S).
    public func rank(_ cluster: ClusterModel) -> [SentenceScore] {
        var ranking = summarizer.rank(cluster)
        let supporters = CentroidScorer.supportingDocuments(cluster, threshold: options.scorer.sameThreshold)
        for i in ranking.indices { ranking[i].supportingDocuments = supporters[ranking[i].sentence] }
        return ranking
    }

    /// Digests documents.
    ///
    /// - Parameter documents: the cluster's documents (at least one).
    /// - Returns: the digest.
    /// - Throws: ``PrecisError`` when the documents hold no sentence, or too many
    ///   (``DigestOptions/maximumSentences``).
    /// - Complexity: O(S² × V) for S sentences and V terms.
    public func digest(_ documents: [Document]) throws -> Digest {
        try digest(try fit(documents))
    }

    /// Digests a fitted cluster.
    /// - Throws: ``PrecisError`` when the cluster holds no sentence, or none fits the budget.
    public func digest(_ cluster: ClusterModel) throws -> Digest {
        let first = try _digestOnce(cluster)
        // planNames: a second selection, holding back the words of the names the first had no room for
        guard options.planNames, !first.leftSurnames.isEmpty else { return first.digest }
        return try _digestOnce(cluster._reservingNames(for: first.leftSurnames)).digest
    }

    /// One selection and its digest, with the surnames whose completion the budget left
    /// (``NameCompletion/Result/leftSurnames``).
    func _digestOnce(_ cluster: ClusterModel) throws -> (digest: Digest, leftSurnames: Set<Substring>) {
        guard !cluster.sentences.isEmpty else { throw PrecisError.noSentences }
        // The title and the attribution read the cluster alone, not the picks: worked out beside
        // the selection (on two cores when there are), not after it.
        var picked: [SentenceScore] = []
        var title: String?
        var supporters: [[Int]] = []
        concurrently({ picked = summarizer.select(cluster, budget: options.budget) }, {
            title = Self.headline(cluster)
            supporters = CentroidScorer.supportingDocuments(cluster, threshold: options.scorer.sameThreshold)
        })
        if let focus = cluster.focus, focus.hasEarlier { picked.removeAll { focus.repeatsEarlier($0.sentence) } }
        if picked.isEmpty || options.fillBudget {
            // Fill what the method left of the budget from the centroid ranking (and never
            // return an empty digest for a non-empty input).
            let ranking = Self.fillScorer.score(cluster)
                .ranked(in: cluster)
            picked = filler.fill(picked, from: ranking, in: cluster, budget: options.budget)
        }
        if picked.isEmpty, let focus = cluster.focus, focus.hasEarlier {
            return (Self.nothingNew(cluster, budget: options.budget, order: options.order), [])
        }
        guard !picked.isEmpty else {
            let costs = cluster.sentences.map { options.budget.cost(of: $0, separator: false) }
            throw PrecisError.nothingFits(options.budget, shortest: costs.min() ?? 0)
        }
        // Every method alike: an item that points back is kept only right after its referent.
        let referents = cluster._referents(predecessors: cluster._predecessors(), restatement: options.referentRestatement)
        picked = Self._readable(picked, in: cluster, referents: referents, budget: options.budget,
                                redundancy: options.selector.redundancyThreshold) { rank(cluster) }
        picked = Self._gluingFollowUps(picked, in: cluster, referents: referents)
        if let focus = cluster.focus, focus.hasEarlier {
            // what readability brought in must not repeat the earlier articles either
            picked.removeAll { focus.repeatsEarlier($0.sentence) }
            if picked.isEmpty { return (Self.nothingNew(cluster, budget: options.budget, order: options.order), []) }
        }
        let rankOf = Dictionary(uniqueKeysWithValues: picked.enumerated().map { ($1.sentence, $0 + 1) })
        if options.order == .source { picked = Self._sourceOrder(picked, in: cluster, referents: referents) }
        // Attribution is the same whatever the method: the other documents holding a sentence
        // that says the same thing (cosine at or above the scorer's `sameThreshold`, `supporters`).
        let names = cluster.documents.map(\.name)
        var items = picked.map { s in
            cluster._item(s.sentence, rank: rankOf[s.sentence]!, score: s.score.roundedForOutput,
                          supportingDocuments: supporters[s.sentence], names: names)
        }
        var left = Set<Substring>()
        if _namesCompleted(cluster) {
            let completed = Self._completingNames(items, in: cluster, budget: options.budget)
            items = completed.items
            left = completed.leftSurnames
        }
        return (Digest(title: title, documents: names, budget: options.budget, order: options.order, items: items,
                       note: Self._budgetNote(picked.map(\.sentence), in: cluster, budget: options.budget)), left)
    }

    /// Summary sentences, in output order, for the documents of one folder (what `precis eval`
    /// scores).
    /// - Throws: ``PrecisError`` when the folder has no readable document or no sentence.
    public func summarySentences(clusterDirectory: URL) throws -> [String] {
        let documents = try DocumentReader().read(paths: [clusterDirectory.path]).documents
        return try digest(documents).items.map(\.text)
    }

    /// The document title closest to the cluster's centroid, ties to the earlier document.
    static func headline(_ cluster: ClusterModel) -> String? {
        let titles = cluster.documents.compactMap(\.title)
        guard titles.count > 1 else { return titles.first }
        let centroid = CentroidScorer.centroid(cluster)
        let similarity = cluster.tfidf.transform(titles).multiply(centroid)
        var best = 0
        for i in titles.indices where similarity[i].roundedForOutput > similarity[best].roundedForOutput { best = i }
        return titles[best]
    }
}
