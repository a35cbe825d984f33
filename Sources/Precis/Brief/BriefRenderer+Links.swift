import Foundation
import PrecisSupport

extension BriefRenderer {
    /// A story's articles by id, to name them (title, source) and link them (``safeURL(_:)``)
    /// wherever a digest item or the article list mentions one.
    struct StoryLinks {
        let byID: [String: StoryArticle]

        init(_ story: Story) {
            byID = Dictionary(story.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The article's title (its id when the story does not list it).
        func title(_ id: String) -> String { byID[id]?.title ?? id }

        /// " — Source, published" for the article list (empty when neither is known).
        func byline(_ article: StoryArticle) -> String {
            let parts = [article.source, article.published.map(displayTime)].compactMap { $0 }
            return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
        }

        /// "also in APW, NYT": the sources of the other articles that say the same thing, or
        /// "also in 3 articles" when they have none; `nil` when there are none.
        func alsoIn(_ ids: [String]) -> String? {
            guard !ids.isEmpty else { return nil }
            let sources = Set(ids.compactMap { byID[$0]?.source }).sorted()
            return sources.isEmpty ? "also in \(counted(ids.count, "article"))" : "also in " + sources.joined(separator: ", ")
        }

        /// The article's title as a Markdown link to its address when it has a plain http(s)
        /// one, else as text.
        func markdownLink(_ id: String) -> String {
            let esc = DigestRenderer.markdownEscaped
            let article = byID[id]
            let name = esc(title(id))
            var out = name
            if let url = safeURL(article?.url) {
                // Brackets and parentheses in the address are percent-encoded so the link holds.
                let target = url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
                    .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
                out = "[\(name)](\(target))"
            }
            return out
        }

        /// The article's title as an HTML link to its address when it has a plain http(s) one.
        func htmlLink(_ id: String) -> String {
            let e = htmlEscaped
            if let url = safeURL(byID[id]?.url) {
                return "<a href=\"\(e(url))\" rel=\"noreferrer\">\(e(title(id)))</a>"
            }
            return e(title(id))
        }
    }
}
