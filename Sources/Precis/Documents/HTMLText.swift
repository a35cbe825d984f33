import CLibXML2
import Foundation

/// Extracts readable text from HTML with libxml2's forgiving HTML parser (Debian's libxml2).
///
/// Scripts, styles, `<noscript>`, `<template>`, `<svg>`, comments and the `<head>` are dropped;
/// navigation, header, footer and aside blocks are dropped as page furniture. Entities are
/// decoded by the parser. Block elements (`p`, `div`, `h1`…`h6`, `li`, `br`, `tr` …) end a
/// paragraph, so the result has one paragraph per line. The title is the page's `<h1>`, or its
/// `<title>` when there is no `<h1>`.
///
/// ```swift
/// let page = HTMLText.extract("<h1>Talks</h1><p>Leaders met.<script>x()</script></p>")
/// page.title   // "Talks"
/// page.text    // "Talks\nLeaders met."
/// ```
public enum HTMLText {
    /// Parses `html` and returns its text and title.
    ///
    /// - Parameter html: an HTML document or fragment, as text.
    /// - Returns: paragraphs separated by newlines, and the title if any.
    /// - Complexity: O(*n*) in the length of `html`.
    public static func extract(_ html: String) -> (text: String, title: String?) {
        let utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return ("", nil) }
        // XML_PARSE_HUGE lifts libxml2's nesting limit (256 levels, past which the rest of the page
        // was dropped). The work stays bounded by the input: one node per tag, and the file-size
        // limit bounds the tags (64 MiB of `<div>` nested 13 million deep parses in about 9 s,
        // as 13 million flat ones do), and the walk below keeps its own stack, not the thread's.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return ("", nil) }
        defer { xmlFreeDoc(document) }
        var walker = _HTMLWalker()
        if let root = xmlDocGetRootElement(document) { walker.visit(root) }
        let text = walker.paragraphs.map { TextNormalizer.trimmed(TextNormalizer.collapseWhitespace($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
        let title = (walker.h1 ?? walker.title).map(TextNormalizer.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        return (text, title)
    }
}

struct _HTMLWalker {
    var paragraphs: [String] = []
    var current = ""
    var title: String?
    var h1: String?

    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form", "button",
        "iframe", "object", "canvas", "select",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "br", "tr", "table", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "address", "body",
        // table cells and captions: a browser draws them apart, so their words must not run together
        "td", "th", "caption", "details", "summary",
    ]

    mutating func endParagraph() {
        let trimmed = TextNormalizer.trimmed(current)
        if !trimmed.isEmpty { paragraphs.append(trimmed) }
        current = ""
    }

    /// One step of the walk: visit a node (then its following siblings), or end the block
    /// element whose children were all visited.
    private enum Step {
        case visit(xmlNodePtr)
        case endBlock
    }

    /// Walks `node` and its following siblings in document order. An explicit stack instead of
    /// recursion: a page nested a million levels deep must not overflow a reader thread's stack.
    mutating func visit(_ node: xmlNodePtr) {
        var steps: [Step] = [.visit(node)]
        while let step = steps.popLast() {
            guard case .visit(let n) = step else {
                endParagraph()
                continue
            }
            // pushed first, so it runs after this node's subtree
            if let next = n.pointee.next { steps.append(.visit(next)) }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "title", title == nil { title = Self.textContent(n) }
                if Self.skipped.contains(name) { break }
                if name == "h1", h1 == nil { h1 = Self.textContent(n) }
                if Self.blocks.contains(name) {
                    endParagraph()
                    steps.append(.endBlock)
                }
                if let children = n.pointee.children { steps.append(.visit(children)) }
            default:
                break  // comments, processing instructions, DTD
            }
        }
    }

    /// The text of a node's subtree, skipping scripts and styles (an explicit stack, as in ``visit(_:)``).
    static func textContent(_ node: xmlNodePtr) -> String? {
        var text = ""
        var pending: [xmlNodePtr] = node.pointee.children.map { [$0] } ?? []
        while let n = pending.popLast() {
            if let next = n.pointee.next { pending.append(next) }  // after this node's subtree
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = n.pointee.content { text += String(cString: content) }
            } else if n.pointee.type == XML_ELEMENT_NODE {
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name != "script" && name != "style", let children = n.pointee.children { pending.append(children) }
            }
        }
        return TextNormalizer.collapseWhitespace(text)
    }
}
