import Testing
@testable import Precis

@Suite struct NameCompletionReservationTests {
    /// What sentence `index` of a.txt holds back, read as written.
    static func reservation(_ article: [String], _ index: Int? = nil,
                            for surnames: Set<Substring> = ["Kirkhart", "Marker", "Bush", "Clinton", "Ecevit"]) -> (words: Int, bytes: Int) {
        let articles = ["a.txt": article, "b.txt": ["Markets rose in Tokyo on Tuesday morning."]]
        let i = index ?? article.count - 1
        return NameCompletion().reservation(of: article[i], sources: [SentenceSource(document: "a.txt", sentenceIndex: i)],
                                            in: NameCompletion.Articles(articles), for: surnames)
    }

    @Test func aBareSurnameReservesItsGivenNames() {
        let one = Self.reservation(["Ken Kirkhart runs the plants.", "Kirkhart said the plants print overnight."])
        #expect(one == (1, 4))  // "Ken "
        let two = Self.reservation(["Gov. George W. Bush spoke in Austin.", "Bush's aides said the plan would pass."])
        #expect(two == (2, 10))  // "George W. "
        // two people, each first in the sentence: both reserved; a repeat of one is not
        let both = Self.reservation(["Ken Kirkhart met Jamsheed Marker on Monday.",
                                     "Kirkhart and Marker said Kirkhart would return."])
        #expect(both == (2, 13))  // "Ken " and "Jamsheed "
        // only the surnames asked for
        #expect(Self.reservation(["Ken Kirkhart met Jamsheed Marker on Monday.", "Kirkhart and Marker said Kirkhart would return."],
                                 for: ["Marker"]) == (1, 9))
        #expect(Self.reservation(["Ken Kirkhart runs the plants.", "Kirkhart said the plants print overnight."], for: []) == (0, 0))
        // the full name written only after the sentence is no help
        #expect(Self.reservation(["Kirkhart said the plants print overnight.", "Ken Kirkhart runs the plants."], 0) == (0, 0))
    }

    @Test func noReservationWhenTheNameIsWhole() {
        // the full name in the same sentence: Kirkhart is not bare there
        #expect(Self.reservation(["Ken Kirkhart runs the plants.", "Ken Kirkhart said the plants print overnight."]) == (0, 0))
        // two full names for one surname: the completion is left, so nothing is held back
        #expect(Self.reservation(["Bill Clinton spoke in Ohio.", "Hillary Clinton spoke in Iowa.",
                                  "Clinton said the talks would resume."]) == (0, 0))
        // a title before the surname: left as written
        #expect(Self.reservation(["Bulent Ecevit met party leaders.", "Prime Minister Ecevit warned of elections."]) == (0, 0))
    }
}
