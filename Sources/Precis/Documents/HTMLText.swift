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
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
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
    ]

    mutating func endParagraph() {
        let trimmed = TextNormalizer.trimmed(current)
        if !trimmed.isEmpty { paragraphs.append(trimmed) }
        current = ""
    }

    mutating func visit(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let n = child {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "title", title == nil { title = Self.textContent(n) }
                if Self.skipped.contains(name) { break }
                if name == "h1", h1 == nil { h1 = Self.textContent(n) }
                let isBlock = Self.blocks.contains(name)
                if isBlock { endParagraph() }
                if let children = n.pointee.children { visit(children) }
                if isBlock { endParagraph() }
            default:
                break  // comments, processing instructions, DTD
            }
            child = n.pointee.next
        }
    }

    /// The text of a node's subtree, skipping scripts and styles.
    static func textContent(_ node: xmlNodePtr) -> String? {
        var text = ""
        func collect(_ first: xmlNodePtr?) {
            var child = first
            while let n = child {
                if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                    if let content = n.pointee.content { text += String(cString: content) }
                } else if n.pointee.type == XML_ELEMENT_NODE {
                    let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    if name != "script" && name != "style" { collect(n.pointee.children) }
                }
                child = n.pointee.next
            }
        }
        collect(node.pointee.children)
        return TextNormalizer.collapseWhitespace(text)
    }
}
