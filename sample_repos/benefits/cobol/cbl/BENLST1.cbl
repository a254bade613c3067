000100*================================================================*BENLST1
000200*  PROGRAM     BENLST1                                           *BENLST1
000300*  TITLE       PAYMENT HISTORY LIST - TRANSACTION BL01           *BENLST1
000400*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *BENLST1
000500*                                                                *BENLST1
000600*  MAPSET      BENMS03 (MAP PAY3MAP)                             *BENLST1
000700*  COMMAREA    LSTCOMM (100 BYTES)                               *BENLST1
000800*  FILES       AWDMAST  CLAIM AWARD MASTER (READ)                *BENLST1
000900*              PAYHCLM  PAYMENT HISTORY BY CLAIM - AIX PATH OVER *BENLST1
001000*                       PAYHIST (STARTBR/READNEXT/READPREV)      *BENLST1
001100*  XCTL TO     BENSUPM  SUPERVISOR MENU (SUPERVISOR SUITE)  PF3  *BENLST1
001200*              BENONL1  PAY1 ENQUIRY - THE OFFICERS' MENU   PF3  *BENLST1
001300*                                                                *BENLST1
001400*  PSEUDO-CONVERSATIONAL.  THE OFFICER KEYS A CLAIM NUMBER; THE  *BENLST1
001500*  SCREEN LISTS ITS PAYMENTS TEN AT A TIME, OLDEST FIRST.        *BENLST1
001600*     ENTER  LIST      PF3  MENU       PF7  BACK   PF8  FORWARD  *BENLST1
001700*     CLEAR  RESET SCREEN                                        *BENLST1
001800*                                                                *BENLST1
001900*  CHANGE HISTORY                                                *BENLST1
002000*  12/10/98 GF          ORIGINAL (FORWARD PAGING ONLY)           *BENLST1
002100*  04/03/03 JB  CR1210  PF7 PAGE BACK, PAGE NUMBER               *BENLST1
002200*  19/03/12 NB  CR3391  SUPERVISORS BACK TO BENSUPM ON PF3;      *BENLST1
002300*                       RETURNED AND HELD PAYMENTS SHOWN         *BENLST1
002400*================================================================*BENLST1
002500 IDENTIFICATION DIVISION.                                         BENLST1
002600 PROGRAM-ID.    BENLST1.                                          BENLST1
002700 AUTHOR.        G FRASER.                                         BENLST1
002800 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENLST1
002900 DATE-WRITTEN.  OCTOBER 1998.                                     BENLST1
003000 DATE-COMPILED.                                                   BENLST1
003100 ENVIRONMENT DIVISION.                                            BENLST1
003200 DATA DIVISION.                                                   BENLST1
003300 WORKING-STORAGE SECTION.                                         BENLST1
003400 01  WS-CONSTANTS.                                                BENLST1
003500     05  WS-ROWS-PER-PAGE            PIC S9(4) COMP VALUE +10.    BENLST1
003600*    CR3391 - PAYMENTS OVER THIS NEED A SUPERVISOR TO RELEASE THEMBENLST1
003700     05  WS-AUTH-LIMIT               PIC S9(7)V99 COMP-3          CR3391
003800                                     VALUE +2500.00.              CR3391
003900 01  WS-WORK.                                                     BENLST1
004000     05  WS-RESP                     PIC S9(8) COMP.              BENLST1
004100     05  WS-ABSTIME                  PIC S9(15) COMP-3.           BENLST1
004200     05  WS-DATE-OUT                 PIC X(10).                   BENLST1
004300     05  WS-TIME-OUT                 PIC X(8).                    BENLST1
004400     05  WS-ROW-IDX                  PIC S9(4) COMP.              BENLST1
004500     05  WS-BACK-COUNT               PIC S9(4) COMP.              BENLST1
004600     05  WS-SEC-READ                 PIC S9(8) COMP.              CR3391
004700     05  WS-CLAIM-NO                 PIC 9(9).                    BENLST1
004800     05  WS-PAGE-EDIT                PIC ZZ9.                     BENLST1
004900     05  WS-MSG-OUT                  PIC X(79).                   BENLST1
005000     05  WS-LIST-SW                  PIC X.                       BENLST1
005100         88  WS-END-OF-LIST              VALUE 'Y'.               BENLST1
005200         88  WS-NOT-END-OF-LIST          VALUE 'N'.               BENLST1
005300     05  WS-CLAIM-SW                 PIC X.                       BENLST1
005400         88  WS-CLAIM-OK                 VALUE 'Y'.               BENLST1
005500         88  WS-CLAIM-REFUSED            VALUE 'N'.               BENLST1
005600 01  WS-BROWSE-KEY.                                               BENLST1
005700     05  WS-BK-CLAIM-ID              PIC 9(9).                    BENLST1
005800     05  WS-BK-PAY-DATE              PIC 9(8).                    BENLST1
005900     05  WS-BK-PAY-SEQ               PIC 9(3).                    BENLST1
006000 01  WS-NEW-FIRST-KEY                PIC X(20).                   BENLST1
006100 01  WS-SKIP-KEY                     PIC X(20).                   BENLST1
006200 01  WS-ROW.                                                      BENLST1
006300     05  WS-ROW-DATE                 PIC X(10).                   BENLST1
006400     05  WS-ROW-AMOUNT               PIC ZZ,ZZ9.99-.              BENLST1
006500     05  WS-ROW-METHOD               PIC X.                       BENLST1
006600     05  WS-ROW-STATUS               PIC X(9).                    BENLST1
006700 01  WS-CCYYMMDD                     PIC 9(8).                    BENLST1
006800 01  WS-CCYYMMDD-R REDEFINES WS-CCYYMMDD.                         BENLST1
006900     05  WS-CCYY                     PIC X(4).                    BENLST1
007000     05  WS-MM                       PIC X(2).                    BENLST1
007100     05  WS-DD                       PIC X(2).                    BENLST1
007200     COPY BENMS03.                                                BENLST1
007300     COPY LSTCOMM.                                                BENLST1
007400     COPY CLMAWD.                                                 BENLST1
007500     COPY PAYHIST.                                                BENLST1
007600     COPY DFHAID.                                                 BENLST1
007700     COPY DFHBMSCA.                                               BENLST1
007800 LINKAGE SECTION.                                                 BENLST1
007900 01  DFHCOMMAREA                     PIC X(100).                  BENLST1
008000/                                                                 BENLST1
008100 PROCEDURE DIVISION.                                              BENLST1
008200*                                                                 BENLST1
008300 0000-MAIN.                                                       BENLST1
008400     PERFORM 1000-GET-DATE-TIME                                   BENLST1
008500     IF EIBCALEN = ZERO                                           BENLST1
008600         INITIALIZE LC-LIST-COMMAREA                              BENLST1
008700         PERFORM 1100-USER-ROLE                                   BENLST1
008800         PERFORM 6000-SEND-EMPTY-MAP                              BENLST1
008900     ELSE                                                         BENLST1
009000         MOVE DFHCOMMAREA TO LC-LIST-COMMAREA                     BENLST1
009100         EVALUATE EIBAID                                          BENLST1
009200             WHEN DFHENTER                                        BENLST1
009300                 PERFORM 2000-LIST-CLAIM                          BENLST1
009400             WHEN DFHPF3                                          BENLST1
009500                 PERFORM 7000-RETURN-TO-MENU                      BENLST1
009600             WHEN DFHPF7                                          BENLST1
009700                 PERFORM 4000-PAGE-BACK                           BENLST1
009800             WHEN DFHPF8                                          BENLST1
009900                 PERFORM 4500-PAGE-FORWARD                        BENLST1
010000             WHEN DFHCLEAR                                        BENLST1
010100                 PERFORM 6000-SEND-EMPTY-MAP                      BENLST1
010200             WHEN OTHER                                           BENLST1
010300                 MOVE 'THAT KEY IS NOT ACTIVE ON THIS SCREEN'     BENLST1
010400                   TO WS-MSG-OUT                                  BENLST1
010500                 PERFORM 6100-SEND-MESSAGE                        BENLST1
010600         END-EVALUATE                                             BENLST1
010700     END-IF                                                       BENLST1
010800     EXEC CICS RETURN                                             BENLST1
010900         TRANSID  ('BL01')                                        BENLST1
011000         COMMAREA (LC-LIST-COMMAREA)                              BENLST1
011100         LENGTH   (LC-LENGTH)                                     BENLST1
011200     END-EXEC.                                                    BENLST1
011300*                                                                 BENLST1
011400 1000-GET-DATE-TIME.                                              BENLST1
011500     EXEC CICS ASKTIME                                            BENLST1
011600         ABSTIME (WS-ABSTIME)                                     BENLST1
011700     END-EXEC                                                     BENLST1
011800     EXEC CICS FORMATTIME                                         BENLST1
011900         ABSTIME  (WS-ABSTIME)                                    BENLST1
012000         DDMMYYYY (WS-DATE-OUT)                                   BENLST1
012100         DATESEP  ('/')                                           BENLST1
012200         TIME     (WS-TIME-OUT)                                   BENLST1
012300         TIMESEP  (':')                                           BENLST1
012400     END-EXEC.                                                    BENLST1
012500*                                                                 BENLST1
012600*    CR3391 - A SUPERVISOR IS A USER RACF LETS RUN THE SUPERVISOR BENLST1
012700*    MENU TRANSACTION BSUP.  DECIDED ONCE, AT THE FIRST DISPLAY.  BENLST1
012800 1100-USER-ROLE.                                                  CR3391
012900     EXEC CICS QUERY SECURITY                                     CR3391
013000         RESTYPE ('TRANSACTION')                                  CR3391
013100         RESID   ('BSUP')                                         CR3391
013200         READ    (WS-SEC-READ)                                    CR3391
013300         RESP    (WS-RESP)                                        CR3391
013400     END-EXEC                                                     CR3391
013500     IF WS-RESP = DFHRESP(NORMAL)                                 CR3391
013600     AND WS-SEC-READ = DFHVALUE(READABLE)                         CR3391
013700         SET LC-USER-SUPERVISOR TO TRUE                           CR3391
013800     ELSE                                                         CR3391
013900         SET LC-USER-OFFICER TO TRUE                              CR3391
014000     END-IF.                                                      CR3391
014100*                                                                 BENLST1
014200*----------------------------------------------------------------*BENLST1
014300* 2000  ENTER - CHECK THE CLAIM AND LIST ITS FIRST PAGE          *BENLST1
014400*----------------------------------------------------------------*BENLST1
014500 2000-LIST-CLAIM.                                                 BENLST1
014600     EXEC CICS RECEIVE                                            BENLST1
014700         MAP    ('PAY3MAP')                                       BENLST1
014800         MAPSET ('BENMS03')                                       BENLST1
014900         INTO   (PAY3MAPI)                                        BENLST1
015000         RESP   (WS-RESP)                                         BENLST1
015100     END-EXEC                                                     BENLST1
015200     IF WS-RESP = DFHRESP(MAPFAIL)                                BENLST1
015300         PERFORM 6000-SEND-EMPTY-MAP                              BENLST1
015400     ELSE                                                         BENLST1
015500         SET WS-CLAIM-OK TO TRUE                                  BENLST1
015600         IF CLMNOL = ZERO                                         BENLST1
015700         OR CLMNOI IS NOT NUMERIC                                 BENLST1
015800         OR CLMNOI = ZEROS                                        BENLST1
015900             SET WS-CLAIM-REFUSED TO TRUE                         BENLST1
016000             MOVE 'CLAIM NUMBER MUST BE NINE DIGITS AND NOT ZERO' BENLST1
016100               TO WS-MSG-OUT                                      BENLST1
016200         ELSE                                                     BENLST1
016300             MOVE CLMNOI TO WS-CLAIM-NO                           BENLST1
016400             PERFORM 2100-READ-AWARD                              BENLST1
016500         END-IF                                                   BENLST1
016600         IF WS-CLAIM-OK                                           BENLST1
016700             MOVE WS-CLAIM-NO     TO LC-CLAIM-ID                  BENLST1
016800             MOVE AW-CLAIMANT-ID  TO LC-CLAIMANT-ID               BENLST1
016900             MOVE AW-BENEFIT-TYPE TO LC-BENEFIT-TYPE              BENLST1
017000             MOVE 1               TO LC-PAGE-NO                   BENLST1
017100             MOVE WS-CLAIM-NO     TO WS-BK-CLAIM-ID               BENLST1
017200             MOVE ZERO            TO WS-BK-PAY-DATE WS-BK-PAY-SEQ BENLST1
017300             MOVE LOW-VALUES      TO WS-SKIP-KEY                  BENLST1
017400             PERFORM 5000-FILL-PAGE                               BENLST1
017500             PERFORM 6200-SEND-LIST                               BENLST1
017600         ELSE                                                     BENLST1
017700             MOVE LOW-VALUES TO PAY3MAPO                          BENLST1
017800             MOVE WS-MSG-OUT TO MSGO                              BENLST1
017900             MOVE -1         TO CLMNOL                            BENLST1
018000             MOVE DFHBMBRY   TO CLMNOA                            BENLST1
018100             PERFORM 6300-SEND-DATAONLY                           BENLST1
018200         END-IF                                                   BENLST1
018300     END-IF.                                                      BENLST1
018400*                                                                 BENLST1
018500 2100-READ-AWARD.                                                 BENLST1
018600     MOVE WS-CLAIM-NO TO AW-CLAIM-ID                              BENLST1
018700     EXEC CICS READ                                               BENLST1
018800         FILE   ('AWDMAST')                                       BENLST1
018900         INTO   (AW-AWARD-RECORD)                                 BENLST1
019000         RIDFLD (AW-CLAIM-ID)                                     BENLST1
019100         RESP   (WS-RESP)                                         BENLST1
019200     END-EXEC                                                     BENLST1
019300     EVALUATE WS-RESP                                             BENLST1
019400         WHEN DFHRESP(NORMAL)                                     BENLST1
019500             CONTINUE                                             BENLST1
019600         WHEN DFHRESP(NOTFND)                                     BENLST1
019700             SET WS-CLAIM-REFUSED TO TRUE                         BENLST1
019800             MOVE 'CLAIM NOT ON THE AWARD FILE' TO WS-MSG-OUT     BENLST1
019900         WHEN OTHER                                               BENLST1
020000             PERFORM 8900-CICS-ERROR                              BENLST1
020100     END-EVALUATE                                                 BENLST1
020200*    CLOSED CLAIMS HAVE THEIR PAYMENT HISTORY MOVED TO THE ARCHIVEBENLST1
020300*    AT CLOSURE - THE LIST WOULD BE EMPTY, SO REFUSE IT           BENLST1
020400     IF WS-CLAIM-OK                                               BENLST1
020500         IF AW-CLAIM-CLOSED OR AW-CLAIM-ARCHIVED                  BENLST1
020600             SET WS-CLAIM-REFUSED TO TRUE                         BENLST1
020700             MOVE 'CLAIM CLOSED - HISTORY ARCHIVED' TO WS-MSG-OUT BENLST1
020800         END-IF                                                   BENLST1
020900     END-IF.                                                      BENLST1
021000*                                                                 BENLST1
021100*----------------------------------------------------------------*BENLST1
021200* 4000  PF7 - PAGE BACK: READ BACKWARDS FROM THE FIRST ROW ON THE*BENLST1
021300*       SCREEN TO FIND WHERE THE PREVIOUS PAGE STARTS (CR1210)   *BENLST1
021400*----------------------------------------------------------------*BENLST1
021500 4000-PAGE-BACK.                                                  BENLST1
021600     IF NOT LC-LIST-SHOWN                                         BENLST1
021700         MOVE 'KEY A CLAIM NUMBER AND PRESS ENTER' TO WS-MSG-OUT  BENLST1
021800         PERFORM 6100-SEND-MESSAGE                                BENLST1
021900     ELSE                                                         BENLST1
022000         IF LC-PAGE-NO NOT > 1                                    BENLST1
022100             MOVE 'THIS IS THE FIRST PAGE' TO WS-MSG-OUT          BENLST1
022200             PERFORM 6100-SEND-MESSAGE                            BENLST1
022300         ELSE                                                     BENLST1
022400             MOVE LC-FIRST-KEY TO WS-BROWSE-KEY WS-NEW-FIRST-KEY  BENLST1
022500             EXEC CICS STARTBR                                    BENLST1
022600                 FILE   ('PAYHCLM')                               BENLST1
022700                 RIDFLD (WS-BROWSE-KEY)                           BENLST1
022800                 GTEQ                                             BENLST1
022900                 RESP   (WS-RESP)                                 BENLST1
023000             END-EXEC                                             BENLST1
023100             IF WS-RESP NOT = DFHRESP(NORMAL)                     BENLST1
023200                 PERFORM 8900-CICS-ERROR                          BENLST1
023300             END-IF                                               BENLST1
023400*            THE FIRST READPREV GIVES BACK THE START ROW ITSELF   BENLST1
023500             PERFORM 4100-READ-PREVIOUS                           BENLST1
023600             MOVE ZERO TO WS-BACK-COUNT                           BENLST1
023700             SET WS-NOT-END-OF-LIST TO TRUE                       BENLST1
023800             PERFORM UNTIL WS-BACK-COUNT = WS-ROWS-PER-PAGE       BENLST1
023900                        OR WS-END-OF-LIST                         BENLST1
024000                 PERFORM 4100-READ-PREVIOUS                       BENLST1
024100                 IF WS-RESP = DFHRESP(ENDFILE)                    BENLST1
024200                 OR PH-CLAIM-ID NOT = LC-CLAIM-ID                 BENLST1
024300                     SET WS-END-OF-LIST TO TRUE                   BENLST1
024400                 ELSE                                             BENLST1
024500                     ADD 1 TO WS-BACK-COUNT                       BENLST1
024600                     MOVE PH-ALT-KEY TO WS-NEW-FIRST-KEY          BENLST1
024700                 END-IF                                           BENLST1
024800             END-PERFORM                                          BENLST1
024900             EXEC CICS ENDBR                                      BENLST1
025000                 FILE ('PAYHCLM')                                 BENLST1
025100             END-EXEC                                             BENLST1
025200             SUBTRACT 1 FROM LC-PAGE-NO                           BENLST1
025300             MOVE WS-NEW-FIRST-KEY TO WS-BROWSE-KEY               BENLST1
025400             MOVE LOW-VALUES       TO WS-SKIP-KEY                 BENLST1
025500             PERFORM 5000-FILL-PAGE                               BENLST1
025600             PERFORM 6200-SEND-LIST                               BENLST1
025700         END-IF                                                   BENLST1
025800     END-IF.                                                      BENLST1
025900*                                                                 BENLST1
026000 4100-READ-PREVIOUS.                                              BENLST1
026100     EXEC CICS READPREV                                           BENLST1
026200         FILE   ('PAYHCLM')                                       BENLST1
026300         INTO   (PH-PAYMENT-HISTORY)                              BENLST1
026400         RIDFLD (WS-BROWSE-KEY)                                   BENLST1
026500         RESP   (WS-RESP)                                         BENLST1
026600     END-EXEC                                                     BENLST1
026700     IF WS-RESP NOT = DFHRESP(NORMAL)                             BENLST1
026800     AND WS-RESP NOT = DFHRESP(ENDFILE)                           BENLST1
026900         PERFORM 8900-CICS-ERROR                                  BENLST1
027000     END-IF.                                                      BENLST1
027100*                                                                 BENLST1
027200*----------------------------------------------------------------*BENLST1
027300* 4500  PF8 - PAGE FORWARD FROM THE LAST ROW ON THE SCREEN       *BENLST1
027400*----------------------------------------------------------------*BENLST1
027500 4500-PAGE-FORWARD.                                               BENLST1
027600     IF NOT LC-LIST-SHOWN                                         BENLST1
027700         MOVE 'KEY A CLAIM NUMBER AND PRESS ENTER' TO WS-MSG-OUT  BENLST1
027800         PERFORM 6100-SEND-MESSAGE                                BENLST1
027900     ELSE                                                         BENLST1
028000         IF LC-NO-MORE-PAYMENTS                                   BENLST1
028100             MOVE 'NO MORE PAYMENTS' TO WS-MSG-OUT                BENLST1
028200             PERFORM 6100-SEND-MESSAGE                            BENLST1
028300         ELSE                                                     BENLST1
028400             ADD 1 TO LC-PAGE-NO                                  BENLST1
028500             MOVE LC-LAST-KEY TO WS-BROWSE-KEY WS-SKIP-KEY        BENLST1
028600             PERFORM 5000-FILL-PAGE                               BENLST1
028700             IF WS-ROW-IDX = ZERO                                 BENLST1
028800*                THE LAST PAGE WAS EXACTLY FULL - STAY ON IT      BENLST1
028900                 SUBTRACT 1 FROM LC-PAGE-NO                       BENLST1
029000                 MOVE 'NO MORE PAYMENTS' TO WS-MSG-OUT            BENLST1
029100                 PERFORM 6100-SEND-MESSAGE                        BENLST1
029200             ELSE                                                 BENLST1
029300                 PERFORM 6200-SEND-LIST                           BENLST1
029400             END-IF                                               BENLST1
029500         END-IF                                                   BENLST1
029600     END-IF.                                                      BENLST1
029700*                                                                 BENLST1
029800*----------------------------------------------------------------*BENLST1
029900* 5000  FILL UP TO TEN ROWS FROM WS-BROWSE-KEY ONWARDS           *BENLST1
030000*----------------------------------------------------------------*BENLST1
030100 5000-FILL-PAGE.                                                  BENLST1
030200     MOVE LOW-VALUES TO PAY3MAPO                                  BENLST1
030300     MOVE ZERO TO WS-ROW-IDX                                      BENLST1
030400     SET WS-NOT-END-OF-LIST TO TRUE                               BENLST1
030500     SET LC-MORE-PAYMENTS   TO TRUE                               BENLST1
030600     EXEC CICS STARTBR                                            BENLST1
030700         FILE   ('PAYHCLM')                                       BENLST1
030800         RIDFLD (WS-BROWSE-KEY)                                   BENLST1
030900         GTEQ                                                     BENLST1
031000         RESP   (WS-RESP)                                         BENLST1
031100     END-EXEC                                                     BENLST1
031200     EVALUATE TRUE                                                BENLST1
031300         WHEN WS-RESP = DFHRESP(NORMAL)                           BENLST1
031400             PERFORM 5100-NEXT-ROW                                BENLST1
031500                 UNTIL WS-ROW-IDX = WS-ROWS-PER-PAGE              BENLST1
031600                    OR WS-END-OF-LIST                             BENLST1
031700             EXEC CICS ENDBR                                      BENLST1
031800                 FILE ('PAYHCLM')                                 BENLST1
031900             END-EXEC                                             BENLST1
032000         WHEN WS-RESP = DFHRESP(NOTFND)                           BENLST1
032100             SET WS-END-OF-LIST TO TRUE                           BENLST1
032200         WHEN OTHER                                               BENLST1
032300             PERFORM 8900-CICS-ERROR                              BENLST1
032400     END-EVALUATE                                                 BENLST1
032500     IF WS-END-OF-LIST                                            BENLST1
032600         SET LC-NO-MORE-PAYMENTS TO TRUE                          BENLST1
032700         IF WS-ROW-IDX = ZERO                                     BENLST1
032800             MOVE 'NO PAYMENTS FOR THIS CLAIM' TO MSGO            BENLST1
032900         ELSE                                                     BENLST1
033000             MOVE 'NO MORE PAYMENTS' TO MSGO                      BENLST1
033100         END-IF                                                   BENLST1
033200     ELSE                                                         BENLST1
033300         MOVE 'PF8 FOR MORE PAYMENTS' TO MSGO                     BENLST1
033400     END-IF.                                                      BENLST1
033500*                                                                 BENLST1
033600 5100-NEXT-ROW.                                                   BENLST1
033700     EXEC CICS READNEXT                                           BENLST1
033800         FILE   ('PAYHCLM')                                       BENLST1
033900         INTO   (PH-PAYMENT-HISTORY)                              BENLST1
034000         RIDFLD (WS-BROWSE-KEY)                                   BENLST1
034100         RESP   (WS-RESP)                                         BENLST1
034200     END-EXEC                                                     BENLST1
034300     IF WS-RESP = DFHRESP(ENDFILE)                                BENLST1
034400         SET WS-END-OF-LIST TO TRUE                               BENLST1
034500     ELSE                                                         BENLST1
034600         IF WS-RESP NOT = DFHRESP(NORMAL)                         BENLST1
034700             PERFORM 8900-CICS-ERROR                              BENLST1
034800         END-IF                                                   BENLST1
034900         IF PH-CLAIM-ID NOT = LC-CLAIM-ID                         BENLST1
035000             SET WS-END-OF-LIST TO TRUE                           BENLST1
035100         ELSE                                                     BENLST1
035200             IF PH-ALT-KEY NOT = WS-SKIP-KEY                      BENLST1
035300                 ADD 1 TO WS-ROW-IDX                              BENLST1
035400                 IF WS-ROW-IDX = 1                                BENLST1
035500                     MOVE PH-ALT-KEY TO LC-FIRST-KEY              BENLST1
035600                 END-IF                                           BENLST1
035700                 MOVE PH-ALT-KEY TO LC-LAST-KEY                   BENLST1
035800                 PERFORM 5200-FORMAT-ROW                          BENLST1
035900             END-IF                                               BENLST1
036000         END-IF                                                   BENLST1
036100     END-IF.                                                      BENLST1
036200*                                                                 BENLST1
036300 5200-FORMAT-ROW.                                                 BENLST1
036400     MOVE PH-PAY-DATE TO WS-CCYYMMDD                              BENLST1
036500     STRING WS-DD '/' WS-MM '/' WS-CCYY                           BENLST1
036600         DELIMITED BY SIZE INTO WS-ROW-DATE                       BENLST1
036700     MOVE PH-NET-AMOUNT TO WS-ROW-AMOUNT                          BENLST1
036800     MOVE PH-METHOD     TO WS-ROW-METHOD                          BENLST1
036900*    CR3391 - A RETURNED PAYMENT, OR ONE OVER THE AUTHORISATION   BENLST1
037000*    LIMIT THAT NO SUPERVISOR HAS RELEASED YET, IS USUALLY WHY    BENLST1
037100*    THE CLAIMANT HAS RUNG - THOSE TWO STATUSES COME FIRST        BENLST1
037200     EVALUATE TRUE                                                CR3391
037300         WHEN PH-RETURNED                                         CR3391
037400             MOVE 'RETURNED'  TO WS-ROW-STATUS                    CR3391
037500         WHEN PH-NET-AMOUNT > WS-AUTH-LIMIT                       CR3391
037600          AND PH-NOT-AUTHORISED                                   CR3391
037700             MOVE 'HELD'      TO WS-ROW-STATUS                    CR3391
037800         WHEN PH-CANCELLED                                        BENLST1
037900             MOVE 'CANCELLED' TO WS-ROW-STATUS                    BENLST1
038000         WHEN PH-ISSUED                                           BENLST1
038100             MOVE 'ISSUED'    TO WS-ROW-STATUS                    BENLST1
038200         WHEN OTHER                                               BENLST1
038300             MOVE 'PENDING'   TO WS-ROW-STATUS                    BENLST1
038400     END-EVALUATE                                                 BENLST1
038500     EVALUATE WS-ROW-IDX                                          BENLST1
038600         WHEN 1                                                   BENLST1
038700             MOVE WS-ROW-DATE   TO ROW1DTO                        BENLST1
038800             MOVE WS-ROW-AMOUNT TO ROW1AMO                        BENLST1
038900             MOVE WS-ROW-METHOD TO ROW1MTO                        BENLST1
039000             MOVE WS-ROW-STATUS TO ROW1STO                        BENLST1
039100         WHEN 2                                                   BENLST1
039200             MOVE WS-ROW-DATE   TO ROW2DTO                        BENLST1
039300             MOVE WS-ROW-AMOUNT TO ROW2AMO                        BENLST1
039400             MOVE WS-ROW-METHOD TO ROW2MTO                        BENLST1
039500             MOVE WS-ROW-STATUS TO ROW2STO                        BENLST1
039600         WHEN 3                                                   BENLST1
039700             MOVE WS-ROW-DATE   TO ROW3DTO                        BENLST1
039800             MOVE WS-ROW-AMOUNT TO ROW3AMO                        BENLST1
039900             MOVE WS-ROW-METHOD TO ROW3MTO                        BENLST1
040000             MOVE WS-ROW-STATUS TO ROW3STO                        BENLST1
040100         WHEN 4                                                   BENLST1
040200             MOVE WS-ROW-DATE   TO ROW4DTO                        BENLST1
040300             MOVE WS-ROW-AMOUNT TO ROW4AMO                        BENLST1
040400             MOVE WS-ROW-METHOD TO ROW4MTO                        BENLST1
040500             MOVE WS-ROW-STATUS TO ROW4STO                        BENLST1
040600         WHEN 5                                                   BENLST1
040700             MOVE WS-ROW-DATE   TO ROW5DTO                        BENLST1
040800             MOVE WS-ROW-AMOUNT TO ROW5AMO                        BENLST1
040900             MOVE WS-ROW-METHOD TO ROW5MTO                        BENLST1
041000             MOVE WS-ROW-STATUS TO ROW5STO                        BENLST1
041100         WHEN 6                                                   BENLST1
041200             MOVE WS-ROW-DATE   TO ROW6DTO                        BENLST1
041300             MOVE WS-ROW-AMOUNT TO ROW6AMO                        BENLST1
041400             MOVE WS-ROW-METHOD TO ROW6MTO                        BENLST1
041500             MOVE WS-ROW-STATUS TO ROW6STO                        BENLST1
041600         WHEN 7                                                   BENLST1
041700             MOVE WS-ROW-DATE   TO ROW7DTO                        BENLST1
041800             MOVE WS-ROW-AMOUNT TO ROW7AMO                        BENLST1
041900             MOVE WS-ROW-METHOD TO ROW7MTO                        BENLST1
042000             MOVE WS-ROW-STATUS TO ROW7STO                        BENLST1
042100         WHEN 8                                                   BENLST1
042200             MOVE WS-ROW-DATE   TO ROW8DTO                        BENLST1
042300             MOVE WS-ROW-AMOUNT TO ROW8AMO                        BENLST1
042400             MOVE WS-ROW-METHOD TO ROW8MTO                        BENLST1
042500             MOVE WS-ROW-STATUS TO ROW8STO                        BENLST1
042600         WHEN 9                                                   BENLST1
042700             MOVE WS-ROW-DATE   TO ROW9DTO                        BENLST1
042800             MOVE WS-ROW-AMOUNT TO ROW9AMO                        BENLST1
042900             MOVE WS-ROW-METHOD TO ROW9MTO                        BENLST1
043000             MOVE WS-ROW-STATUS TO ROW9STO                        BENLST1
043100         WHEN 10                                                  BENLST1
043200             MOVE WS-ROW-DATE   TO ROW10DTO                       BENLST1
043300             MOVE WS-ROW-AMOUNT TO ROW10AMO                       BENLST1
043400             MOVE WS-ROW-METHOD TO ROW10MTO                       BENLST1
043500             MOVE WS-ROW-STATUS TO ROW10STO                       BENLST1
043600     END-EVALUATE.                                                BENLST1
043700*                                                                 BENLST1
043800*----------------------------------------------------------------*BENLST1
043900* 6000  SCREEN OUTPUT                                            *BENLST1
044000*----------------------------------------------------------------*BENLST1
044100 6000-SEND-EMPTY-MAP.                                             BENLST1
044200     MOVE LOW-VALUES TO PAY3MAPO                                  BENLST1
044300     MOVE 'KEY A CLAIM NUMBER AND PRESS ENTER' TO MSGO            BENLST1
044400     SET LC-FIRST-TIME TO TRUE                                    BENLST1
044500     MOVE ZERO   TO LC-CLAIM-ID LC-PAGE-NO                        BENLST1
044600     MOVE SPACES TO LC-FIRST-KEY LC-LAST-KEY                      BENLST1
044700     PERFORM 6400-SEND-ERASE.                                     BENLST1
044800*                                                                 BENLST1
044900 6100-SEND-MESSAGE.                                               BENLST1
045000     MOVE LOW-VALUES TO PAY3MAPO                                  BENLST1
045100     MOVE WS-MSG-OUT TO MSGO                                      BENLST1
045200     MOVE -1         TO CLMNOL                                    BENLST1
045300     PERFORM 6300-SEND-DATAONLY.                                  BENLST1
045400*                                                                 BENLST1
045500 6200-SEND-LIST.                                                  BENLST1
045600     MOVE LC-CLAIM-ID     TO CLMNOO                               BENLST1
045700     MOVE LC-CLAIMANT-ID  TO CLTIDO                               BENLST1
045800     MOVE LC-BENEFIT-TYPE TO BENTYPEO                             BENLST1
045900     MOVE LC-PAGE-NO      TO WS-PAGE-EDIT                         BENLST1
046000     MOVE WS-PAGE-EDIT    TO PAGENOO                              BENLST1
046100     SET LC-LIST-SHOWN    TO TRUE                                 BENLST1
046200     PERFORM 6400-SEND-ERASE.                                     BENLST1
046300*                                                                 BENLST1
046400 6300-SEND-DATAONLY.                                              BENLST1
046500     MOVE WS-DATE-OUT TO DATEO                                    BENLST1
046600     MOVE WS-TIME-OUT TO TIMEO                                    BENLST1
046700     EXEC CICS SEND                                               BENLST1
046800         MAP    ('PAY3MAP')                                       BENLST1
046900         MAPSET ('BENMS03')                                       BENLST1
047000         FROM   (PAY3MAPO)                                        BENLST1
047100         DATAONLY                                                 BENLST1
047200         CURSOR                                                   BENLST1
047300     END-EXEC.                                                    BENLST1
047400*                                                                 BENLST1
047500 6400-SEND-ERASE.                                                 BENLST1
047600     MOVE WS-DATE-OUT TO DATEO                                    BENLST1
047700     MOVE WS-TIME-OUT TO TIMEO                                    BENLST1
047800     MOVE -1          TO CLMNOL                                   BENLST1
047900     EXEC CICS SEND                                               BENLST1
048000         MAP    ('PAY3MAP')                                       BENLST1
048100         MAPSET ('BENMS03')                                       BENLST1
048200         FROM   (PAY3MAPO)                                        BENLST1
048300         ERASE                                                    BENLST1
048400         CURSOR                                                   BENLST1
048500     END-EXEC.                                                    BENLST1
048600*                                                                 BENLST1
048700*----------------------------------------------------------------*BENLST1
048800* 7000  PF3 - BACK TO THE MENU THE USER WORKS FROM.  NO COMMAREA:*BENLST1
048900*       BOTH MENUS START AFRESH WHEN EIBCALEN IS ZERO.           *BENLST1
049000*----------------------------------------------------------------*BENLST1
049100 7000-RETURN-TO-MENU.                                             BENLST1
049200     IF LC-USER-SUPERVISOR                                        CR3391
049300         EXEC CICS XCTL                                           CR3391
049400             PROGRAM ('BENSUPM')                                  CR3391
049500             RESP    (WS-RESP)                                    CR3391
049600         END-EXEC                                                 CR3391
049700     ELSE                                                         CR3391
049800         EXEC CICS XCTL                                           BENLST1
049900             PROGRAM ('BENONL1')                                  BENLST1
050000             RESP    (WS-RESP)                                    BENLST1
050100         END-EXEC                                                 BENLST1
050200     END-IF                                                       CR3391
050300*    STILL HERE ONLY IF THE XCTL FAILED                           BENLST1
050400     MOVE 'MENU NOT AVAILABLE - PLEASE CALL THE SERVICE DESK'     BENLST1
050500       TO WS-MSG-OUT                                              BENLST1
050600     PERFORM 6100-SEND-MESSAGE.                                   BENLST1
050700*                                                                 BENLST1
050800 8900-CICS-ERROR.                                                 BENLST1
050900     EXEC CICS ABEND                                              BENLST1
051000         ABCODE ('BLE1')                                          BENLST1
051100     END-EXEC.                                                    BENLST1
