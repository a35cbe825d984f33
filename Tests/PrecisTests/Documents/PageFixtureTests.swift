import Foundation
import Testing
@testable import Precis

/// Web pages and Markdown files written to look like real sites' markup (menus, headings, lists,
/// tables, share bars, bylines, photo credits, cookie banners, related rails), each read into
/// the article text and compared with a hand-written expected text: `title: …`, then the body
/// paragraphs, one block each, separated by blank lines.
@Suite struct PageFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("pages")
    static let pages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
    }()

    @Test func thereAreAtLeastTwelvePagesAndSixMarkdownFiles() {
        #expect(Self.pages.filter { $0.hasSuffix(".html") }.count >= 12)
        #expect(Self.pages.filter { $0.hasSuffix(".md") }.count >= 6)
    }

    @Test(arguments: pages) func articleTextIsTheHandWrittenText(page: String) throws {
        let url = Self.folder.appendingPathComponent(page)
        let document = try DocumentReader().document(from: Data(contentsOf: url), name: page,
                                                     fileExtension: url.pathExtension)
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected.txt")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let actual = "title: \(document.title ?? "")\n\n" + document.paragraphs.joined(separator: "\n\n") + "\n"
        #expect(actual == expected, "\(page): got\n\(actual)\ndropped: \(document.dropped.map { "\($0.reason.rawValue): \($0.text)" })")
    }

    @Test func everyBlockIsSplitApartFromItsNeighbours() throws {
        // list items and table cells are never one sentence with their neighbours
        let html = "<h1>Storm hits the coast</h1><ul><li>Schools closed Tuesday</li><li>Winds up to 140 km/h</li></ul>"
            + "<table><tr><td>Roads along the coast are closed tonight, the police said on Monday.</td>"
            + "<td>Trains will run a reduced service this weekend while crews clear the lines.</td></tr></table>"
        let page = HTMLText.blocks(html)
        let document = DocumentCleaner().clean(name: "x", blocks: page.blocks, knownTitle: page.title)
        #expect(document.paragraphs == ["Schools closed Tuesday", "Winds up to 140 km/h",
                                        "Roads along the coast are closed tonight, the police said on Monday.",
                                        "Trains will run a reduced service this weekend while crews clear the lines."])
        // a data table's short cells are not sentences
        let data = HTMLText.blocks("<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Lopez</td><td>2,418</td></tr></table>")
        #expect(data.blocks.map(\.dropped) == [.table])
        let markdown = MarkdownText.blocks("- Schools closed Tuesday\n- Winds up to 140 km/h\n")
        #expect(markdown.blocks.map(\.text) == ["Schools closed Tuesday", "Winds up to 140 km/h"])
    }

    @Test func nestedFurnitureClassesAroundTheArticleStayLinear() {
        // each of 50,000 nested "rail" frames holds the headline: none is set aside, and the
        // look-aheads that decide it share one budget instead of walking the page at every level
        let depth = 50_000
        let html = String(repeating: "<div class=\"layout-with-rail\">", count: depth)
            + "<h1>Storm hits the coast</h1><p>Three people died on Monday.</p>"
        let page = HTMLText.blocks(html)
        #expect(page.title == "Storm hits the coast")
        #expect(page.blocks.filter { $0.dropped == nil }.map(\.text) == ["Three people died on Monday."])
    }
}
