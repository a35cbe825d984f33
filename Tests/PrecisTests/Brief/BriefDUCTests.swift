import Foundation
import Testing
@testable import Precis

/// Grouping on real clusters: two DUC 2006 clusters plus the Istanbul articles (skipped when
/// ../shared/corpora is absent). The full 1,750-document day is measured by
/// Evaluation/scripts/brief_score.py, not here.
@Suite struct BriefDUCTests {
    static let duc = TestPaths.shared.appendingPathComponent("duc2006/clusters")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: duc.path)))
    func twoDUCClustersAndIstanbulStayApart() throws {
        var articles: [Article] = []
        var truth: [String] = []
        for cluster in ["D0601A", "D0624F"] {
            let day = try ArticleReader().read(path: Self.duc.appendingPathComponent(cluster).path)
            articles += day.articles
            truth += Array(repeating: cluster, count: day.articles.count)
        }
        articles += try BriefGroupingTests.istanbulArticles()
        truth += Array(repeating: "istanbul", count: 5)
        let grouping = StoryGrouper().group(articles.map { $0.document() })
        // Purity: each story's majority label covers at least 95% of the articles.
        var majority = 0
        for story in grouping.stories {
            var counts: [String: Int] = [:]
            for i in story { counts[truth[i], default: 0] += 1 }
            majority += counts.values.max()!
        }
        #expect(Double(majority) / Double(articles.count) >= 0.95)
        let istanbul = grouping.stories.first { $0.contains(articles.count - 1) }!
        #expect(istanbul == Array((articles.count - 5)..<articles.count))
    }

    /// The byte-level term table gives the analyzer's terms on real text (a whole DUC 2006
    /// cluster plus the Istanbul articles, with their curly quotes and accents).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: duc.path)))
    func termTableGivesTheAnalyzersTermsOnRealText() throws {
        var texts: [String] = []
        for cluster in ["D0601A", "D0624F", "D0641E"] {
            texts += try ArticleReader().read(path: Self.duc.appendingPathComponent(cluster).path).articles.map(\.text)
        }
        texts += try BriefGroupingTests.istanbulArticles().map(\.text)
        let table = _TermTable()
        var words = 0
        for text in texts {
            var terms: [String] = []
            table.terms(text) { terms.append(table.stems[Int($0)]) }
            #expect(terms == Analyzer.english.terms(text))
            words += terms.count
        }
        #expect(words > 10_000)
    }
}
