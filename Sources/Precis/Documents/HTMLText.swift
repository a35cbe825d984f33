import CLibXML2
import Foundation

/// Extracts an article's blocks from HTML with libxml2's forgiving HTML parser (Debian's libxml2).
///
/// The page's tree decides what is article text:
/// - scripts, styles, `<noscript>`, `<template>`, `<svg>`, comments, hidden elements and the
///   `<head>` are skipped;
/// - navigation (`<nav>`, `role="navigation"`, classes such as `menu`, `breadcrumb`), page
///   furniture (`<footer>`, `<aside>`, `<form>`, share bars, cookie banners, related-article
///   rails, newsletter boxes: by element, ARIA role, or a word of the element's `class` or
///   `id`), bylines and author boxes, figure captions and photo credits are set aside, each as
///   one dropped block with its reason;
/// - headings are blocks of their own and never body text: the first `<h1>` is the title, the
///   others are dropped;
/// - a block whose text is mostly link text (a menu, a list of links) is navigation;
/// - every other block element (`p`, `div`, `li`, `td`, `blockquote`, `br` …) ends a block, so
///   list items and table cells are never joined.
///
/// Entities are decoded by the parser. The title is the page's first `<h1>`, or its `<title>`.
///
/// ```swift
/// let page = HTMLText.extract("<nav><a href='/'>News</a></nav><h1>Talks</h1><p>Leaders met.<script>x()</script></p>")
/// page.title   // "Talks"
/// page.text    // "Leaders met."
/// ```
public enum HTMLText {
    /// Parses `html` and returns its article text and title.
    ///
    /// - Parameter html: an HTML document or fragment, as text.
    /// - Returns: the kept blocks separated by blank lines, and the title if any.
    /// - Complexity: O(*n*) in the length of `html`.
    public static func extract(_ html: String) -> (text: String, title: String?) {
        let page = blocks(html)
        return (page.blocks.filter { $0.dropped == nil }.map(\.text).joined(separator: "\n\n"), page.title)
    }

    /// Parses `html` into blocks: the article's text blocks, and the blocks set aside with their
    /// reason (for ``DocumentCleaner/clean(name:blocks:knownTitle:)``).
    ///
    /// - Parameter html: an HTML document or fragment, as text.
    /// - Returns: the blocks in reading order, and the title if any.
    /// - Complexity: O(*n*) in the length of `html`.
    public static func blocks(_ html: String) -> (blocks: [DocumentBlock], title: String?) {
        let utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return ([], nil) }
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
        guard let document else { return ([], nil) }
        defer { xmlFreeDoc(document) }
        var walker = _HTMLWalker()
        if let root = xmlDocGetRootElement(document) { walker.visit(root) }
        let title = (walker.h1 ?? walker.title.map(pageTitle)).map(TextNormalizer.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        return (walker.blocks, title)
    }

    /// The headline in a `<title>`, without the site's name: its longest part between
    /// separators (`Headline | Site`, `Site :: Headline`, `Headline - BBC News`).
    /// - Complexity: O(*n*) in the title's length.
    static func pageTitle(_ title: String) -> String {
        var parts = [title]
        for separator in [" | ", " :: ", " – ", " — ", " - ", " » "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.max { $0.count < $1.count } ?? title
    }
}

struct _HTMLWalker {
    var blocks: [DocumentBlock] = []
    var current = ""
    /// Characters of `current` (not counting spaces) inside links, for link density.
    var linkCharacters = 0
    var linkDepth = 0
    var title: String?
    var h1: String?

    /// Skipped silently: not text at all.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "button", "iframe", "object", "canvas", "select",
        "input", "textarea", "label", "option", "video", "audio", "picture", "source", "img",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "br", "tr", "table", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "address", "body",
        // table cells and captions: a browser draws them apart, so their words must not run together
        "td", "th", "caption", "details", "summary", "footer", "nav", "aside", "form", "dialog",
    ]
    /// Set aside by element name.
    static let elementReasons: [String: DroppedLine.Reason] = [
        "nav": .navigation, "footer": .furniture, "aside": .furniture, "form": .furniture,
        "figcaption": .photoCredit, "address": .byline, "dialog": .furniture,
    ]
    /// Set aside by ARIA role.
    static let roleReasons: [String: DroppedLine.Reason] = [
        "navigation": .navigation, "banner": .navigation, "menu": .navigation, "menubar": .navigation,
        "complementary": .furniture, "contentinfo": .furniture, "dialog": .furniture, "alertdialog": .furniture,
        "search": .navigation,
    ]
    /// Set aside by a word of the element's name (`amp-social-share`), `class`, `id`,
    /// `data-component` or `data-testid`, split at anything but letters and digits.
    static let wordReasons: [String: DroppedLine.Reason] = {
        var reasons: [String: DroppedLine.Reason] = [:]
        for word in ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "skip", "pagination",
                     "topics", "tags", "taglist", "sections"] {
            reasons[word] = .navigation
        }
        for word in ["share", "sharing", "sharebar", "social", "cookie", "cookies", "consent", "gdpr", "related",
                     "recommended", "recommendations", "recirc", "rail", "sidebar", "newsletter", "subscribe", "signup",
                     "promo", "advert", "advertisement", "ad", "ads", "adslot", "sponsored", "comments", "comment",
                     "outbrain", "taboola", "trending", "popular", "mostread", "more", "readmore", "paywall", "footer",
                     "toolbar", "timestamp", "tweet", "embed", "instagram", "gate", "signin", "registration"] {
            reasons[word] = .furniture
        }
        for word in ["byline", "bylines", "author", "authors", "contributor", "contributors", "editor"] { reasons[word] = .byline }
        for word in ["caption", "credit", "credits", "photocredit"] { reasons[word] = .photoCredit }
        return reasons
    }()
    /// Set aside by the start of a word, for names written as one word (`relatedposts`,
    /// `sharedaddy`, `socialshare`, `cookiebanner`, `bylineblock`).
    static let stemReasons: [(stem: String, reason: DroppedLine.Reason)] = [
        ("share", .furniture), ("social", .furniture), ("cookie", .furniture), ("consent", .furniture),
        ("related", .furniture), ("recommend", .furniture), ("newsletter", .furniture), ("subscri", .furniture),
        ("advert", .furniture), ("sidebar", .furniture), ("outbrain", .furniture), ("taboola", .furniture),
        ("sponsor", .furniture), ("mostread", .furniture), ("mostpopular", .furniture), ("breadcrumb", .navigation),
        ("navbar", .navigation), ("navigation", .navigation), ("menu", .navigation), ("byline", .byline),
        ("photocredit", .photoCredit), ("imagecredit", .photoCredit),
    ]

    /// Never set aside by class or role: the page's frame around the article.
    static let frames: Set<String> = ["html", "body", "main", "article"]

    /// The reason to set an element aside, from its name, role, `hidden`, `class` and `id`.
    static func reason(for node: xmlNodePtr, name: String) -> (reason: DroppedLine.Reason, scope: Scope)? {
        if let reason = elementReasons[name] { return (reason, .always) }
        guard !frames.contains(name) else { return nil }
        if let role = attribute(node, "role")?.lowercased(), let reason = roleReasons[role] { return (reason, .always) }
        var names = name.contains("-") ? [name] : []  // custom elements: amp-sidebar, gu-island
        for attribute in ["class", "id", "data-component", "data-testid"] {
            if let value = Self.attribute(node, attribute) { names.append(value.lowercased()) }
        }
        for value in names {
            for word in value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                guard let reason = wordReasons[String(word)] ?? stemReasons.first(where: { word.hasPrefix($0.stem) })?.reason
                else { continue }
                return (reason, word.hasPrefix("comment") ? .always : .unlessItHoldsTheArticle)
            }
        }
        return nil
    }

    /// Whether a reason found in a class or id holds even for an element holding the article.
    enum Scope { case always, unlessItHoldsTheArticle }

    /// Whether an element holds the article: an `<h1>`, `<article>` or `<main>`, or three
    /// paragraphs of prose (12 words or more). An element too large to look through (over
    /// `limit` elements) is taken to hold it.
    /// - Returns: the answer and the number of elements looked at.
    static func holdsArticle(_ node: xmlNodePtr, limit: Int) -> (Bool, looked: Int) {
        var prose = 0, found = false
        let walk = elements(under: node, limit: limit) { n, name in
            if name == "h1" || name == "article" || name == "main" { found = true; return nil }
            guard name == "p" else { return true }
            if (textContent(n) ?? "").split(separator: " ").count >= 12 { prose += 1 }
            if prose >= 3 { found = true; return nil }
            return false
        }
        return (found || walk.cut, walk.seen)
    }

    /// Visits the elements under `node` in document order with an explicit stack, at most
    /// `limit` of them. `visit` gets each element and its lowercase name and returns whether to
    /// go into its children, or `nil` to stop.
    /// - Returns: whether the walk was cut at the limit, and how many elements it saw.
    static func elements(under node: xmlNodePtr, limit: Int, _ visit: (xmlNodePtr, String) -> Bool?) -> (cut: Bool, seen: Int) {
        var pending: [xmlNodePtr] = node.pointee.children.map { [$0] } ?? []
        var seen = 0
        while let n = pending.popLast() {
            if let next = n.pointee.next { pending.append(next) }  // after this node's subtree
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            seen += 1
            if seen > limit { return (true, seen) }
            let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard let descend = visit(n, name) else { return (false, seen) }
            if descend, let children = n.pointee.children { pending.append(children) }
        }
        return (false, seen)
    }

    /// The value of an attribute, read from the tree (no copy to free).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        let attribute = name.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: xmlChar.self, capacity: buffer.count) { xmlHasProp(node, $0) }
        }
        guard let attribute else { return nil }
        var value = ""
        var child = attribute.pointee.children
        while let text = child {
            if let content = text.pointee.content { value += String(cString: content) }
            child = text.pointee.next
        }
        return value
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil { return true }
        if attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        let style = attribute(node, "style")?.lowercased().filter { !$0.isWhitespace } ?? ""
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Elements the page's look-aheads (``holdsArticle(_:limit:)``, ``isDataTable(_:limit:)``)
    /// may still visit, so that nested furniture classes keep the walk linear in the page's size.
    var lookBudget = 200_000
    static let lookLimit = 5_000

    /// Runs a look-ahead within the budget; `nil` once the budget is spent.
    mutating func look(_ question: (Int) -> (Bool, looked: Int)) -> Bool? {
        guard lookBudget > 0 else { return nil }
        let (answer, looked) = question(min(Self.lookLimit, lookBudget))
        lookBudget -= looked
        return answer
    }

    mutating func endBlock() {
        let text = TextNormalizer.collapseWhitespace(current)
        if !text.isEmpty {
            let letters = text.count(where: { !$0.isWhitespace })
            // mostly link text: a menu, a list of links, a "Read more" pointer
            let navigation = linkCharacters * 2 > letters
            blocks.append(DocumentBlock(text, dropped: navigation ? .navigation : nil))
        }
        current = ""
        linkCharacters = 0
    }

    mutating func setAside(_ node: xmlNodePtr, _ reason: DroppedLine.Reason) {
        endBlock()
        if let text = Self.textContent(node), !text.isEmpty { blocks.append(DocumentBlock(text, dropped: reason)) }
    }

    /// One step of the walk: visit a node (then its following siblings), or end the block
    /// element or link whose children were all visited.
    private enum Step {
        case visit(xmlNodePtr)
        case endBlock
        case endLink
    }

    /// Walks `node` and its following siblings in document order. An explicit stack instead of
    /// recursion: a page nested a million levels deep must not overflow a reader thread's stack.
    mutating func visit(_ node: xmlNodePtr) {
        var steps: [Step] = [.visit(node)]
        while let step = steps.popLast() {
            let n: xmlNodePtr
            switch step {
            case .endBlock: endBlock(); continue
            case .endLink: linkDepth -= 1; continue
            case .visit(let node): n = node
            }
            // pushed first, so it runs after this node's subtree
            if let next = n.pointee.next { steps.append(.visit(next)) }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content {
                    let text = String(cString: content)
                    current += text
                    if linkDepth > 0 { linkCharacters += text.count(where: { !$0.isWhitespace }) }
                }
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "title", title == nil { title = Self.textContent(n) }
                if Self.skipped.contains(name) || Self.isHidden(n) { break }
                if name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...6).contains(level) {
                    let isTitle = level == 1 && h1 == nil
                    if isTitle { h1 = Self.textContent(n) }
                    setAside(n, isTitle ? .headline : .heading)
                    break
                }
                if name == "table", look({ Self.isDataTable(n, limit: $0) }) ?? false {
                    setAside(n, .table)
                    break
                }
                // a class naming the page's layout ("layout-with-rail") on the frame that holds the
                // headline or the article is not furniture
                if let (reason, scope) = Self.reason(for: n, name: name),
                   scope == .always || !(look({ Self.holdsArticle(n, limit: $0) }) ?? true) {
                    if Self.blocks.contains(name) {
                        setAside(n, reason)
                    } else if let text = Self.textContent(n), !text.isEmpty {
                        // an inline credit or byline inside a paragraph: cut out of it, listed before it
                        blocks.append(DocumentBlock(text, dropped: reason))
                    }
                    break
                }
                if Self.blocks.contains(name) {
                    endBlock()
                    steps.append(.endBlock)
                }
                if name == "a" {
                    linkDepth += 1
                    steps.append(.endLink)
                }
                if let children = n.pointee.children { steps.append(.visit(children)) }
            default:
                break  // comments, processing instructions, DTD
            }
        }
    }

    /// Whether a table holds data (cells of a few words: results, scores, prices) rather than
    /// the page's layout or prose: no cell holds a paragraph, a list or ten words. A table too
    /// large to look through (over `limit` elements) is not taken for data.
    /// - Returns: the answer and the number of elements looked at.
    static func isDataTable(_ table: xmlNodePtr, limit: Int) -> (Bool, looked: Int) {
        var cells = 0, layout = false
        let walk = elements(under: table, limit: limit) { n, name in
            if ["p", "ul", "ol", "table", "blockquote", "article"].contains(name) { layout = true; return nil }
            guard name == "td" || name == "th" else { return true }
            cells += 1
            if (textContent(n) ?? "").split(separator: " ").count >= 10 { layout = true; return nil }
            return false
        }
        return (!walk.cut && !layout && cells > 0, walk.seen)
    }

    /// The text of a node's subtree, skipping scripts and styles (an explicit stack, as in
    /// ``visit(_:)``); block elements inside are kept apart by a space.
    static func textContent(_ node: xmlNodePtr) -> String? {
        var text = ""
        var pending: [xmlNodePtr] = node.pointee.children.map { [$0] } ?? []
        while let n = pending.popLast() {
            if let next = n.pointee.next { pending.append(next) }  // after this node's subtree
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = n.pointee.content { text += String(cString: content) }
            } else if n.pointee.type == XML_ELEMENT_NODE {
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if blocks.contains(name) || name == "a" { text += " " }
                if !skipped.contains(name), let children = n.pointee.children { pending.append(children) }
            }
        }
        return TextNormalizer.collapseWhitespace(text)
    }
}
