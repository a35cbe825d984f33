import Foundation
import Testing
@testable import Precis

@Suite struct BriefFocusTests {
    static func day() throws -> [Article] { try BriefGroupingTests.istanbulArticles() + BriefGroupingTests.others }

    @Test func storiesAreMarkedNewOrContinuing() throws {
        let briefer = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1))
        // yesterday: the two Istanbul articles of the earlier part, and nothing about the storm
        let istanbul = try BriefGroupingTests.istanbulArticles()
        let yesterday = Array(istanbul.filter { $0.id.contains("002_") || $0.id.contains("003_") })
        let brief = try briefer.brief(try Self.day(), focus: BriefFocus(earlier: yesterday))
        let talks = brief.stories.first { $0.articles.contains { $0.id.contains("000_") } }!
        #expect(talks.status == .continuing)
        #expect(Set(talks.continues ?? []).isSubset(of: Set(yesterday.map(\.id))) && !(talks.continues ?? []).isEmpty)
        let storm = brief.stories.first { $0.articles.contains { $0.id == "x/storm.txt" } }!
        #expect(storm.status == .new && storm.continues == nil)
        // without earlier articles, no status at all
        #expect(try briefer.brief(try Self.day()).stories.allSatisfy { $0.status == nil && $0.topicRelevance == nil })
    }

    @Test func aTopicRanksStoriesByRelevance() throws {
        let briefer = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1))
        let plain = try briefer.brief(try Self.day())
        #expect(plain.stories[0].articles.map(\.id) != ["z/chess.txt"])  // by importance, chess is not first
        let focused = try briefer.brief(try Self.day(), focus: BriefFocus(topic: "chess championship endgame"))
        #expect(focused.stories[0].articles.map(\.id) == ["z/chess.txt"])
        #expect((focused.stories[0].topicRelevance ?? 0) > 0)
        #expect(focused.stories.dropFirst().allSatisfy { ($0.topicRelevance ?? 1) <= focused.stories[0].topicRelevance! })
    }

    @Test func aBriefReadsBackAsEarlierArticles() throws {
        let briefer = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1))
        let yesterday = try briefer.brief(try Self.day())
        let previous = yesterday.previousArticles()
        #expect(previous.map(\.id) == yesterday.stories.map { "story-\($0.rank)" })
        #expect(previous[0].text.contains(yesterday.stories[0].headline))
        let today = try briefer.brief(try Self.day(), focus: BriefFocus(earlier: previous))
        #expect(today.stories.allSatisfy { $0.status == .continuing })
        // the same day again adds nothing: continuing digests are empty, with the note
        let again = try briefer.brief(try Self.day(), focus: BriefFocus(earlier: try Self.day()))
        #expect(again.stories.allSatisfy { $0.digest?.items.isEmpty == true && $0.digest?.note == Digester.nothingNewNote })
    }
}
