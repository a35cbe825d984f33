import Foundation
import Testing
@testable import Precis

/// What a reader of the Markdown and HTML brief sees of `--since`: each story's status, and why a
/// continuing story that adds nothing has no digest items (JSON carried both already).
@Suite struct BriefRendererFocusTests {
    @Test func markdownAndHTMLSayNewOrContinuingAndWhyADigestIsEmpty() throws {
        let briefer = try Briefer(options: .init(stories: 10, words: 60, minimumStorySize: 1))
        let day = try BriefFocusTests.day()
        let istanbul = try BriefGroupingTests.istanbulArticles()
        let yesterday = istanbul.filter { $0.id.contains("002_") || $0.id.contains("003_") }
        let brief = try briefer.brief(day, focus: BriefFocus(earlier: yesterday))
        let markdown = BriefRenderer.render(brief, as: .markdown)
        let html = BriefRenderer.render(brief, as: .html)
        for story in brief.stories {
            let meta = BriefRenderer.meta(story)
            #expect(meta.hasSuffix(" · \(story.status!.rawValue)"))
            #expect(markdown.contains("_\(DigestRenderer.markdownEscaped(meta))_"))
            #expect(html.contains("<p class=\"meta\">\(BriefRenderer.htmlEscaped(meta))</p>"))
        }
        #expect(brief.stories.contains { $0.status == .new } && brief.stories.contains { $0.status == .continuing })

        // the same day again: every digest is empty, and both pages say why, once per story
        let again = try briefer.brief(day, focus: BriefFocus(earlier: day))
        #expect(again.stories.allSatisfy { $0.digest?.items.isEmpty == true })
        let note = Digester.nothingNewNote
        let againMarkdown = BriefRenderer.render(again, as: .markdown)
        let againHTML = BriefRenderer.render(again, as: .html)
        #expect(againMarkdown.components(separatedBy: "_\(DigestRenderer.markdownEscaped(note))_\n").count - 1 == again.stories.count)
        #expect(againHTML.components(separatedBy: BriefRenderer.htmlEscaped(note)).count - 1 == again.stories.count)

        // without earlier articles nothing is added: no status, and no note beside digest items
        let plain = try briefer.brief(day)
        for story in plain.stories {
            #expect(!BriefRenderer.meta(story).hasSuffix(" · new") && !BriefRenderer.meta(story).hasSuffix(" · continuing"))
        }
        #expect(!BriefRenderer.render(plain, as: .markdown).contains(note))
    }
}
