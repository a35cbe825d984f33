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
}
