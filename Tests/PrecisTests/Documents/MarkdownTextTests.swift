import Testing
@testable import Precis

/// Markdown to prose: what is not prose (code, tables, tags) does not become sentences.
@Suite struct MarkdownTextTests {
    @Test func codeTablesAndTagsAreNotProse() {
        let markdown = """
            # Talks in Istanbul

            Leaders meet in <span class="place">Istanbul</span> on Thursday, the snake_case file says, and _this_ is emphasis.

            | Column A | Column B |
            |---|---|
            | one | two |

                let code = 1

            - A list item about the ceasefire.
                its indented continuation, not code.

            Compare 5 < 6 and a > b.
            """
        let (text, title) = MarkdownText.extract(markdown)
        #expect(title == "Talks in Istanbul")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.contains("Leaders meet in Istanbul on Thursday, the snake_case file says, and this is emphasis."))
        #expect(!text.contains("Column") && !text.contains("|") && !text.contains("let code"))
        // the indented line continues the item: one block
        #expect(lines.contains("A list item about the ceasefire. its indented continuation, not code."))
        #expect(lines.contains("Compare 5 < 6 and a > b."))
    }

    @Test func linksWithParenthesesAndInlineScripts() {
        let (text, _) = MarkdownText.extract(
            "Leaders fly to [Istanbul](https://en.wikipedia.org/wiki/Istanbul_(city)) <script>var x = 1;</script>on Thursday.")
        #expect(text == "Leaders fly to Istanbul on Thursday.", "\(text)")
    }
}
