import Foundation
import Testing

@Suite struct BriefGoldenTests {
    /// Golden output of a small day (`Golden/brief-day.jsonl`: a three-article flood, a
    /// two-article chess result, one council story; titles, sources, addresses and times).
    /// Regenerate with
    /// `swift run precis brief Tests/PrecisCLITests/Golden/brief-day.jsonl --format json --min-size 1 > Tests/PrecisCLITests/Golden/brief-day.json`
    /// only when a change of output is intended, and say why in the commit.
    @Test func jsonMatchesTheGoldenFile() throws {
        let day = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("brief-day.jsonl").path
        let result = try CLI.run(["brief", day, "--format", "json", "--min-size", "1", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLI.golden("brief-day.json")))
    }

    @Test func goldenBriefReadsAsABrief() throws {
        let object = try JSONSerialization.jsonObject(with: Data((try CLI.golden("brief-day.json")).utf8)) as! [String: Any]
        #expect(object["schemaVersion"] as? Int == 2)
        let stories = object["stories"] as! [[String: Any]]
        #expect(stories.count == 3)
        // The flood (3 sources) first, then the chess title, then the council story on its own:
        // on a day this small the words only one article has count in its vector's norm
        // (`rareTermsInNormBelow`), so the council article is not pulled into the flood story by
        // the few everyday words it shares with it ("town", "council", "night", "school").
        let flood = stories[0]
        #expect((flood["articles"] as! [[String: Any]]).map { $0["id"] as! String } == ["flood-1", "flood-2", "flood-3"])
        #expect(flood["sources"] as? [String] == ["Nord Radio", "Weser Courier", "Wire"] && flood["sourceCount"] as? Int == 3)
        #expect((stories[1]["articles"] as! [[String: Any]]).map { $0["id"] as! String } == ["chess-1", "chess-2"])
        #expect((stories[2]["articles"] as! [[String: Any]]).map { $0["id"] as! String } == ["budget-1"])
        for story in stories {
            let headline = story["headline"] as! String
            let items = ((story["digest"] as? [String: Any])?["items"] as? [[String: Any]] ?? []).map { $0["text"] as! String }
            #expect(headline.split(separator: " ").count <= 16, "\(headline)")
            #expect(!items.contains(headline) && !headline.contains(".jsonl") && !headline.contains("/"), "\(headline)")
            let importance = story["importance"] as! [String: Any]
            #expect(importance["articles"] as? Int == (story["articles"] as! [Any]).count && importance["score"] is Double)
        }
        // An untitled article is listed by its first words, and the addresses are kept.
        let wire = (flood["articles"] as! [[String: Any]])[2]
        #expect((wire["title"] as! String).hasPrefix("Floodwater from the River Aller") && wire["url"] as? String == "https://example.org/wire/aller-3")
    }

    @Test func htmlAndMarkdownLinkAndNameTheArticles() throws {
        let day = Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("brief-day.jsonl").path
        let html = try CLI.run(["brief", day, "--format", "html", "--min-size", "1", "--quiet"]).stdout
        #expect(html.contains("<a href=\"https://example.org/weser/flood-verden\" rel=\"noreferrer\">River Aller bursts its banks, hundreds leave homes in Verden</a>"))
        #expect(html.contains("Nord Radio, Weser Courier, Wire"))  // names, not a count
        #expect(!html.contains("javascript:"))  // only http(s) addresses are linked
        let markdown = try CLI.run(["brief", day, "--format", "markdown", "--min-size", "1", "--quiet"]).stdout
        #expect(markdown.contains("[Verden evacuates as the Aller floods](https://example.org/nord/aller-flood)"))
        #expect(!markdown.contains("javascript:"))
    }
}
