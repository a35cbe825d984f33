import Testing
@testable import Precis

@Suite struct FaithfulnessGuardNamesTests {
    @Test func givenNamesWrittenBeforeTheSurnamePass() {
        #expect(FaithfulnessGuard.violations(named: "Ken Kirkhart is vice president.", unnamed: "Kirkhart is vice president.",
                                             citations: ["And Ken Kirkhart will be one of the happiest people in Virginia."]).isEmpty)
        // a possessive surname, an initial, and two names in one item
        #expect(FaithfulnessGuard.violations(named: "George W. Bush's aides met Kofi Annan.", unnamed: "Bush's aides met Annan.",
                                             citations: ["Gov. George W. Bush spoke.", "U.N. chief Kofi Annan's plan."]).isEmpty)
    }

    @Test func anotherPersonsGivenNameIsRejected() {
        // the cited sentence names Hillary, not Bill
        #expect(FaithfulnessGuard.violations(named: "Bill Clinton spoke.", unnamed: "Clinton spoke.",
                                             citations: ["Hillary Clinton arrived in Ohio."]) == [.unsupportedName("Bill")])
        // the cited sentence writes the name before another surname
        #expect(!FaithfulnessGuard.violations(named: "Ken Vacco spoke.", unnamed: "Vacco spoke.",
                                              citations: ["Ken Kirkhart and Dennis Vacco arrived."]).isEmpty)
    }

    @Test func anythingButTheInsertedNamesIsRejected() {
        // a changed word, a dropped word, an insertion without a citation, a citation not used
        #expect(!FaithfulnessGuard.violations(named: "Ken Kirkhart was vice president.", unnamed: "Kirkhart is vice president.",
                                              citations: ["Ken Kirkhart spoke."]).isEmpty)
        #expect(!FaithfulnessGuard.violations(named: "Ken Kirkhart is president.", unnamed: "Kirkhart is vice president.",
                                              citations: ["Ken Kirkhart spoke."]).isEmpty)
        #expect(!FaithfulnessGuard.violations(named: "Ken Kirkhart is vice president.", unnamed: "Kirkhart is vice president.",
                                              citations: []).isEmpty)
        #expect(!FaithfulnessGuard.violations(named: "Kirkhart is vice president.", unnamed: "Kirkhart is vice president.",
                                              citations: ["Ken Kirkhart spoke."]).isEmpty)
        // lower-case words are not names
        #expect(!FaithfulnessGuard.violations(named: "the Kirkhart is vice president.", unnamed: "Kirkhart is vice president.",
                                              citations: ["Then the Kirkhart spoke."]).isEmpty)
    }
}
