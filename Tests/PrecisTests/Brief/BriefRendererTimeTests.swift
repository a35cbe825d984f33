import Foundation
import Testing
@testable import Precis

/// Markdown and HTML show a publication time as a reader reads it; JSON keeps it as given.
@Suite struct BriefRendererTimeTests {
    @Test func isoTimesReadAsDateHourMinuteAndZone() {
        #expect(BriefRenderer.displayTime("2026-03-02T11:05:00Z") == "2026-03-02 11:05 UTC")
        #expect(BriefRenderer.displayTime("2026-03-02T13:05:59.250+02:00") == "2026-03-02 13:05 +02:00")
        #expect(BriefRenderer.displayTime("2026-03-02T08:40-05:00") == "2026-03-02 08:40 -05:00")
        #expect(BriefRenderer.displayTime("2026-03-02T08:40") == "2026-03-02 08:40")
        // anything else as given
        for given in ["1998-12-31", "2026-03-02T8:40Z", "Monday", "2026-03-02Tnoon", "", "T", "2026/03/02T11:05Z"] {
            #expect(BriefRenderer.displayTime(given) == given)
        }
    }

    @Test func markdownAndHTMLShowReadableTimesAndJSONTheGivenOnes() throws {
        let articles = [
            Article(id: "a", title: "River floods the old town", source: "Courier", published: "2026-03-02T06:10:00Z",
                    text: "The river flooded the old town overnight and about 400 residents left their homes before dawn."),
            Article(id: "b", title: "Old town evacuated as the river floods", source: "Radio", published: "2026-03-02T11:05:00+01:00",
                    text: "About 400 residents left their homes before dawn as the river flooded the old town overnight."),
        ]
        let brief = try Briefer(options: .init(stories: 5, words: 40, minimumStorySize: 1)).brief(articles)
        let markdown = BriefRenderer.render(brief, as: .markdown)
        let html = BriefRenderer.render(brief, as: .html)
        for page in [markdown, html] {
            #expect(page.contains("Courier, 2026-03-02 06:10 UTC") && page.contains("Radio, 2026-03-02 11:05 +01:00"))
            #expect(!page.contains("T06:10:00Z") && !page.contains("T11:05:00+01:00"))
        }
        #expect(markdown.contains("latest \(BriefRenderer.displayTime(brief.latest!))"))
        let json = BriefRenderer.render(brief, as: .json)
        #expect(json.contains("\"2026-03-02T06:10:00Z\"") && json.contains("\"2026-03-02T11:05:00+01:00\""))
    }
}
