import PrecisSupport

extension SentenceFuser {
    /// The comparison keys of a path's text read from its graph nodes, where that is provably what
    /// tokenizing the text (``WordGraph/text(of:)``, ``CompressionToken/tokenize(_:)``) gives: most
    /// paths that reach ``SourceChecks/accept(_:path:)`` fail the key checks (opening, junctions),
    /// and then their text need not be tokenized.
    ///
    /// Each node's text is one of the sources' tokens. A text of ASCII letters and digits with
    /// inner joiners (`don't`, `jam-packed`, `1,000`), or one of a few marks, reads alone as one
    /// token of the node's key. Inside the fused text it still does unless a neighbour with no
    /// space between changes how the tokenizer reads it; ``keyNumbers(of:)`` gives up (nil) on
    /// every such case:
    /// - two words with no space between (they would read as one word);
    /// - `,` or `.` with a word right after it (`1,000`, `U.S`: a joiner inside a word);
    /// - `.` right after a word that may take it as its own final period (a word with a period
    ///   inside, one letter, a title abbreviation such as `Mr`, whatever its case: the text's
    ///   first letter is upper-cased);
    /// - `.` after `.` or `--` after `--` (a run of one mark is one token).
    /// White space ends every token and no text here starts with an apostrophe, so nothing else
    /// depends on what comes before a token. Straight quotes, which open and close in turn,
    /// change only a quote's kind, which no key check reads.
    struct PathKeys {
        /// How a node's text reads.
        enum Shape: Equatable {
            /// ASCII letters and digits, with single joiners (`'`, `-`, `.`, `&`, `/`, and `,`
            /// between digits of a number) between them: one word or number token.
            /// `takesPeriod`: a `.` right after it may become part of it.
            case word(takesPeriod: Bool)
            /// One mark token. `joinsWords`: `,` or `.`, which a word right after it could join
            /// to the word before; `run`: the byte a run of it repeats (`.`, `-`), 0 for none.
            case mark(joinsWords: Bool, run: UInt8)
            /// Anything else: the path's text is tokenized.
            case other
        }

        /// Per graph node: its shape and its key's number in the junctions (-1: none).
        let shapes: [Shape]
        let numbers: [Int32]

        /// - Parameters:
        ///   - graph: the group's word graph.
        ///   - junctions: the group's junctions, which number the keys.
        /// - Complexity: O(total node text).
        init(_ graph: WordGraph, junctions: Junctions) {
            shapes = graph.nodes.indices.map { $0 <= graph.end ? .other : Self.shape(of: graph.nodes[$0].text) }
            numbers = graph.nodes.indices.map { $0 <= graph.end ? -1 : junctions.number(of: graph.nodes[$0].key) }
        }

        /// The key numbers of `path`'s tokens, or nil when its text's tokens might differ from
        /// its nodes (see ``PathKeys``).
        /// - Complexity: O(*n*) for *n* nodes.
        func keyNumbers(of path: [Int], in graph: WordGraph) -> [Int32]? {
            var result: [Int32] = []
            result.reserveCapacity(path.count)
            for (i, n) in path.enumerated() {
                if shapes[n] == .other { return nil }
                if i > 0 && !Self.staysApart(shapes[path[i - 1]], shapes[n], spaced: graph.nodes[n].followsSpace) { return nil }
                result.append(numbers[n])
            }
            return result
        }

        /// Whether two tokens of these shapes, next to each other with or without a space
        /// between, still read as two tokens, each as it reads alone (see ``PathKeys``).
        static func staysApart(_ previous: Shape, _ next: Shape, spaced: Bool) -> Bool {
            guard !spaced else { return true }
            switch (previous, next) {
            case (.word, .word): return false
            case (.mark(joinsWords: true, _), .word): return false
            case (.word(takesPeriod: true), .mark(_, run: UInt8(ascii: "."))): return false
            case let (.mark(_, run: a), .mark(_, run: b)) where a != 0 && a == b: return false
            default: return true
            }
        }

        /// Whether a node's token is a word or a number (the rest are marks).
        func isWordLike(_ node: Int) -> Bool {
            if case .word = shapes[node] { return true }
            return false
        }

        /// The ``Shape`` of a node's text.
        static func shape(of text: String) -> Shape {
            let utf8 = text.utf8
            guard let first = utf8.first else { return .other }
            guard isASCIILetterOrDigit(first) else {
                switch text {
                case ",": return .mark(joinsWords: true, run: 0)
                case ".": return .mark(joinsWords: true, run: UInt8(ascii: "."))
                case "--": return .mark(joinsWords: false, run: UInt8(ascii: "-"))
                case ";", ":", "?", "!", "(", ")", "[", "]", "\"", "“", "”": return .mark(joinsWords: false, run: 0)
                default: return .other
                }
            }
            let isNumber = isASCIIDigit(first)
            var previous: UInt8 = 0, hasPeriod = false, count = 0
            for b in utf8 {
                count += 1
                if isASCIILetterOrDigit(b) {
                    // a number's comma joins digits only
                    if previous == UInt8(ascii: ",") && !isASCIIDigit(b) { return .other }
                } else {
                    guard isASCIILetterOrDigit(previous), joiners.contains(b) || (b == UInt8(ascii: ",") && isNumber) else { return .other }
                    if b == UInt8(ascii: ".") { hasPeriod = true }
                }
                previous = b
            }
            guard isASCIILetterOrDigit(previous) else { return .other }
            let takesPeriod = hasPeriod || count == 1 || titleAbbreviations.contains(text.lowercased())
            return .word(takesPeriod: takesPeriod)
        }

        /// Marks that join two runs of letters or digits into one word (and `,` in a number).
        private static let joiners: Set<UInt8> = Set("'-.&/".utf8)

        /// ``CompressionToken/titleAbbreviations``, lower-cased.
        private static let titleAbbreviations = Set(CompressionToken.titleAbbreviations.map { $0.lowercased() })
    }
}
