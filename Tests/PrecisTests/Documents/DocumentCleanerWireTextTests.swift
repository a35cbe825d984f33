import Testing
@testable import Precis

/// Wire text: wrapped paragraphs are whole before the headline rule, wire notes and fragments
/// are dropped with their reasons.
@Suite struct DocumentCleanerWireTextTests {
    @Test func aShortWrappedParagraphIsUnwrappedNotTakenForAHeadline() {
        // DUC 2004 d30002t/APW19981031.0720: three wrapped lines, no headline
        let text = """

            At least 231 people have been confirmed dead in Honduras from former-hurricane\u{20}
            Mitch, bringing the storm's death toll in the region to 357, the National\u{20}
            Emergency Commission said Saturday. Mitch _ once, 2nd graf pvs\u{20}
            """
        let document = DocumentCleaner().clean(name: "x", text: text)
        #expect(document.title == nil)
        #expect(document.paragraphs == ["At least 231 people have been confirmed dead in Honduras from former-hurricane Mitch, "
            + "bringing the storm's death toll in the region to 357, the National Emergency Commission said Saturday."])
        #expect(document.dropped.map(\.reason) == [.wireNote])
        #expect(document.dropped.first?.text == "Mitch _ once, 2nd graf pvs")
    }

    @Test func aLineThatStandsAloneIsStillTheHeadline() {
        let document = DocumentCleaner().clean(name: "x", text: "Talks set for Thursday\nLeaders will meet in Istanbul.")
        #expect(document.title == "Talks set for Thursday")
        #expect(document.paragraphs == ["Leaders will meet in Istanbul."])
        // a wrapped continuation starting in lower case joins its line
        let wrapped = DocumentCleaner.paragraphs(of: "Israeli officials delayed two planes from\nthe Palestinian airport on Wednesday.")
        #expect(wrapped == ["Israeli officials delayed two planes from the Palestinian airport on Wednesday."])
    }

    @Test func rightsBannersAreCutOut() {
        // DUC 2006 D0606F/APW19980610.0858: the banner is wrapped into the story's first paragraph
        let paragraph = "WASHINGTON, D.C. 20003 Tel: 202-547-4512 Fax: 202-546-4194 COPYRIGHT 1998 BY WORLDSOURCES, INC., "
            + "A JOINT VENTURE OF FDCH, INC. AND WORLD TIMES, INC. NO PORTION OF THE MATERIALS CONTAINED HEREIN MAY BE USED "
            + "IN ANY MEDIA WITHOUT ATTRIBUTION TO WORLDSOURCES, INC. Greenhouse gas emissions may cause the collapse of the ice sheet."
        let result = DocumentCleaner.removeWireNotes(paragraph)
        #expect(result.kept == "Greenhouse gas emissions may cause the collapse of the ice sheet.")
        #expect(result.removed.count == 1)
        #expect(DocumentCleaner.removeWireNotes("Copyright 2000 Slate").kept.isEmpty)
        #expect(DocumentCleaner.removeWireNotes("Copyright 1999 by T. Berry Brazelton, M.D.").kept.isEmpty)
        // a story about copyright keeps its words
        let story = "Copyright 1998 law changes were debated in Congress, and the music industry said it would sue."
        #expect(DocumentCleaner.removeWireNotes(story).kept == story)
        let short = "The lawsuit alleges copyright infringement."
        #expect(DocumentCleaner.removeWireNotes(short).kept == short)
    }

    @Test func aWordWrappedAtItsHyphenIsJoinedWithoutASpace() {
        // DUC 2006 D0644H/XIE20000223.0326 and D0617H/XIE20000817.0036, D0645I/NYT19981017.0167
        let text = """
            President Bill Clinton's final budget projects that the 3.7-
            trillion-U.S.-dollar publicly held portion of the 5.7-trillion-
            dollar national debt could be eliminated by 2013, investigators
            said of the relief co-pilot, Gameel el-
            Batouti, in the 1992-
            93 season. The agency owns more than 1,200 units of low-
            and moderate-income housing, it said -
            in March. -0-
            (To publish this article, it must be purchased.)
            """
        #expect(DocumentCleaner.paragraphs(of: text) == [
            "President Bill Clinton's final budget projects that the 3.7-trillion-U.S.-dollar publicly held portion of "
                + "the 5.7-trillion-dollar national debt could be eliminated by 2013, investigators said of the relief "
                + "co-pilot, Gameel el-Batouti, in the 1992-93 season. The agency owns more than 1,200 units of low- and "
                + "moderate-income housing, it said - in March. -0- (To publish this article, it must be purchased.)",
        ])
        // a line of its own is not touched: only wrapped lines are joined
        #expect(DocumentCleaner.paragraphs(of: "Talks set for Thursday-\n\nLeaders will meet.") == ["Talks set for Thursday-", "Leaders will meet."])
    }

    @Test(arguments: [
        ("The vote was close. The Communist, 6th graf prv", "The vote was close.", "The Communist, 6th graf prv"),
        ("He left. ``During the, pickup 4th pvs", "He left.", "``During the, pickup 4th pvs"),
        ("She spoke. ``No member, 5th graf, 1st Ld-Writethru", "She spoke.", "``No member, 5th graf, 1st Ld-Writethru"),
        ("It burned. Jamal Fawz, graf 19 pvs", "It burned.", "Jamal Fawz, graf 19 pvs"),
        ("It ended in 1996. (djp)", "It ended in 1996.", "(djp)"),
        ("It passed the Chamber. MORE", "It passed the Chamber.", "MORE"),
        ("MORE", "", "MORE"),
        ("PHOTOS, LAYOUTS and GRAPHICS CoxNet layouts are for sale over the web, through the New York Times News Service's PageExpress service, at http://nytsyn.com/syndicate/pageex.",
         "", "PHOTOS, LAYOUTS and GRAPHICS CoxNet layouts are for sale over the web, through the New York Times News Service's PageExpress service, at http://nytsyn.com/syndicate/pageex."),
        ("The plan passed. All times are Eastern unless otherwise noted.", "The plan passed.", "All times are Eastern unless otherwise noted."),
        ("If stories will move after 8 p.m., an ETA will be given.", "", "If stories will move after 8 p.m., an ETA will be given."),
        ("(END OPTIONAL TRIM)", "", "(END OPTIONAL TRIM)"),
        ("Eds: Moves with photos.", "", "Eds: Moves with photos."),
        ("Ruth Bader Ginsburg spoke. (Distributed by New York Times Special Features)", "Ruth Bader Ginsburg spoke.",
         "(Distributed by New York Times Special Features)"),
    ])
    func wireNotesAreCutOut(paragraph: String, kept: String, note: String) {
        let result = DocumentCleaner.removeWireNotes(paragraph)
        #expect(result.kept == kept)
        #expect(result.removed == [note])
    }

    @Test func syndicationNotesAreCutOutWithTheirBanner() {
        let paragraph = "NEW AMERICA NEWS SERVICE (Distributed by New York Times Special Features) To purchase this "
            + "material contact New York Times Syndicate Sales Executive DEBORAH WEYDERT at 1-732-390-4480.)"
        let result = DocumentCleaner.removeWireNotes(paragraph)
        #expect(result.kept.isEmpty)
        #expect(result.removed == ["NEW AMERICA NEWS SERVICE (Distributed by New York Times Special Features)",
                                   "To purchase this material contact New York Times Syndicate Sales Executive DEBORAH WEYDERT at 1-732-390-4480.)"])
        let story = "The films were distributed by Miramax (the studio said) to 40 cities."
        #expect(DocumentCleaner.removeWireNotes(story).removed.isEmpty)
    }

    @Test func storyTextWithTheSameWordsIsNotANote() {
        for text in ["He drove a pickup truck to the embassy.", "More than 300 people were hurt, 2nd time this year.",
                     "The graft-riddled administration fell."] {
            #expect(DocumentCleaner.removeWireNotes(text).removed.isEmpty, "\(text)")
        }
    }

    @Test func sentencesThatCannotStandAloneAreFragments() {
        let document = DocumentCleaner().clean(name: "x", text: """
            Council approves the harbour plan

            The council met on Monday and approved the plan.

            On the Net:

            Focus: Eye Protection

            The new rules require:

            Officials said the vote was close. enditem =02021451 NNNN

            iPhone sales rose by a fifth, the company said.
            """)
        #expect(document.paragraphs == ["The council met on Monday and approved the plan.", "Officials said the vote was close.",
                                        "iPhone sales rose by a fifth, the company said."])
        #expect(document.dropped.filter { $0.reason == .fragment }.map(\.text)
            == ["On the Net:", "Focus: Eye Protection", "The new rules require:"])
        #expect(document.dropped.filter { $0.reason == .wireNote }.map(\.text) == ["enditem =02021451 NNNN"])
    }

    @Test func creditsBylinesAndSharingAreDroppedDatelinesKept() {
        let document = DocumentCleaner().clean(name: "x", text: """
            By JANE DOE, Associated Press

            BERLIN (AP) _ Two experts said the bridge was safe. (Photo: Reuters)

            Share this article on Facebook Twitter Email Related: Bridges across Europe need repairs, study says
            """)
        #expect(document.paragraphs == ["Two experts said the bridge was safe."])
        #expect(document.dropped.map(\.reason) == [.byline, .photoCredit, .dateline, .furniture])
    }
}
