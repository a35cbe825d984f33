import Foundation
import PrecisSupport

/// Renders a ``Brief`` as Markdown, JSON or one self-contained HTML page.
///
/// - **markdown**: a heading per story with its digest as a numbered list and its articles.
/// - **json**: the ``Brief`` value, keys sorted, pretty-printed (identical input, identical bytes).
/// - **html**: one page with inline CSS, no script and no external asset (it works offline and
///   from a file); every piece of article text is escaped, so markup in an article shows as
///   text. The layout is one column that reads on a phone and stays narrow on a desktop.
public enum BriefRenderer {
    /// An output format.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        case markdown, json, html
    }

    /// Renders a brief.
    /// - Parameters:
    ///   - brief: the brief.
    ///   - format: the output format.
    ///   - title: the page's or document's title.
    /// - Returns: the rendered text, ending with a newline.
    /// - Complexity: O(size of the brief).
    public static func render(_ brief: Brief, as format: Format, title: String = "Daily brief") -> String {
        switch format {
        case .json: return DigestRenderer.json(brief)
        case .markdown: return markdown(brief, title: title)
        case .html: return html(brief, title: title)
        }
    }

    static func summaryLine(_ brief: Brief) -> String {
        var line = "\(brief.stories.count) of \(counted(brief.storyCount, "story", "stories")) from \(counted(brief.articleCount, "article"))"
        if let latest = brief.latest { line += ", latest \(displayTime(latest))" }
        return line
    }

    static func meta(_ story: Story) -> String {
        var parts = [counted(story.articles.count, "article")]
        if !story.sources.isEmpty { parts.append(story.sources.joined(separator: ", ")) }
        if let latest = story.latest { parts.append("latest \(displayTime(latest))") }
        if let status = story.status { parts.append(status.rawValue) }  // with earlier articles only
        return parts.joined(separator: " · ")
    }

    // MARK: Markdown

    static func markdown(_ brief: Brief, title: String) -> String {
        let esc = DigestRenderer.markdownEscaped
        var out = "# \(esc(title))\n\n_\(esc(summaryLine(brief)))._\n"
        for story in brief.stories {
            out += "\n## \(story.rank). \(esc(story.headline))\n\n_\(esc(meta(story)))_\n\n"
            let named = StoryLinks(story)
            if let digest = story.digest {
                for item in digest.items {
                    out += "- \(esc(item.text)) <sub>\(named.markdownLink(item.document))"
                    if let also = named.alsoIn(item.supportingDocuments) { out += " · \(esc(also))" }
                    out += "</sub>\n"
                }
                // a digest with no items (a continuing story that adds nothing) says why
                if digest.items.isEmpty, let note = digest.note { out += "_\(esc(note))_\n" }
                out += "\n"
            }
            out += "Articles:\n\n"
            for article in story.articles { out += "- \(named.markdownLink(article.id))\(esc(named.byline(article)))\n" }
        }
        return out
    }

    // MARK: HTML

    /// Escapes text for HTML element content and attribute values (after `_displayText`: no
    /// control characters, line breaks or bidirectional overrides).
    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in _displayText(text).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A link target only when it is a plain http(s) URL; anything else (javascript:, data:) is dropped.
    static func safeURL(_ url: String?) -> String? {
        guard let url, let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased(),
              scheme == "http" || scheme == "https", !url.contains(where: { $0.isWhitespace }) else { return nil }
        return url
    }

    static let style = """
        :root{color-scheme:light dark;--fg:#1b1b1f;--muted:#5b5b66;--bg:#fafaf7;--card:#fff;--line:#e3e1da;--accent:#a4372a}
        @media (prefers-color-scheme:dark){:root{--fg:#ececf1;--muted:#a3a3ad;--bg:#16161a;--card:#1f1f24;--line:#34343b;--accent:#ef8f7f}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 Georgia,"Times New Roman",serif;-webkit-text-size-adjust:100%}
        main{max-width:46rem;margin:0 auto;padding:1.25rem 1rem 3rem}
        header h1{font:700 1.9rem/1.2 system-ui,-apple-system,"Segoe UI",sans-serif;margin:.5rem 0 .25rem}
        header p,.meta,.src,details{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--muted);font-size:.85rem}
        article{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem;margin:1.1rem 0}
        article h2{font:650 1.2rem/1.3 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 0 .3rem;overflow-wrap:anywhere}
        .rank{color:var(--accent);margin-right:.35rem}
        ol{padding-left:1.2rem;margin:.6rem 0}
        li{margin:.45rem 0;overflow-wrap:anywhere}
        .src{display:block}
        details summary{cursor:pointer}
        details ul{padding-left:1.1rem;overflow-wrap:anywhere}
        a{color:var(--accent)}
        @media (min-width:60rem){body{font-size:18px}main{padding-top:2rem}}
        """

    static func html(_ brief: Brief, title: String) -> String {
        let e = htmlEscaped
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(e(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            <header><h1>\(e(title))</h1><p>\(e(summaryLine(brief)))</p></header>

            """
        for story in brief.stories {
            out += "<article id=\"story-\(story.rank)\">\n"
            out += "<h2><span class=\"rank\">\(story.rank).</span>\(e(story.headline))</h2>\n"
            out += "<p class=\"meta\">\(e(meta(story)))</p>\n"
            let named = StoryLinks(story)
            if let digest = story.digest, !digest.items.isEmpty {
                out += "<ol>\n"
                for item in digest.items {
                    out += "<li>\(e(item.text))<span class=\"src\">\(named.htmlLink(item.document))"
                    if let also = named.alsoIn(item.supportingDocuments) { out += " · \(e(also))" }
                    out += "</span></li>\n"
                }
                out += "</ol>\n"
            }
            if let digest = story.digest, digest.items.isEmpty, let note = digest.note { out += "<p class=\"meta\">\(e(note))</p>\n" }
            out += "<details><summary>\(counted(story.articles.count, "article"))</summary><ul>\n"
            for article in story.articles { out += "<li>\(named.htmlLink(article.id))\(e(named.byline(article)))</li>\n" }
            out += "</ul></details>\n</article>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }
}
