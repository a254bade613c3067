000100*================================================================*DATEUTL
000200*                                                                *DATEUTL
000300*  PROGRAM     DATEUTL                                           *DATEUTL
000400*  TITLE       DATE ARITHMETIC SUBROUTINE                        *DATEUTL
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *DATEUTL
000600*                                                                *DATEUTL
000700*  CALLED BY   ELIGCHK, BENEXT01, BENPAY01, BENOVP01             *DATEUTL
000800*  INTERFACE   CALL 'DATEUTL' USING DU-PARMS  (MEMBER DATEPARM)  *DATEUTL
000900*                                                                *DATEUTL
001000*  FUNCTION CODE IN DU-FUNCTION SELECTS THE SERVICE (SEE         *DATEUTL
001100*  DATEPARM).  BAD FUNCTION CODES RETURN 12, BAD DATES 8.        *DATEUTL
001200*                                                                *DATEUTL
001300*  CHANGE HISTORY                                                *DATEUTL
001400*  DATE     BY  REF     DESCRIPTION                              *DATEUTL
001500*  03/11/88 DH          ORIGINAL - YYMMDD DATES, JULIAN TABLES   *DATEUTL
001600*  14/06/91 DH          DAY OF WEEK FUNCTION ADDED               *DATEUTL
001700*  22/09/98 PS  Y2K014  CCYYMMDD THROUGHOUT.  JULIAN TABLE       *DATEUTL
001800*                       ARITHMETIC REPLACED BY INTRINSIC         *DATEUTL
001900*                       FUNCTIONS INTEGER-OF-DATE/DATE-OF-INTEGER*DATEUTL
002000*  02/03/99 PS  Y2K031  LEAP YEAR RULE FOR CENTURY YEARS         *DATEUTL
002100*  14/09/06 KT  CR2566  ADD-DAYS ACCEPTS NEGATIVE DAYS           *DATEUTL
002200*                                                                *DATEUTL
002300*================================================================*DATEUTL
002400 IDENTIFICATION DIVISION.                                         DATEUTL
002500 PROGRAM-ID.    DATEUTL.                                          DATEUTL
002600 AUTHOR.        D HOLLOWAY.                                       DATEUTL
002700 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          DATEUTL
002800 DATE-WRITTEN.  NOVEMBER 1988.                                    DATEUTL
002900 DATE-COMPILED.                                                   DATEUTL
003000 ENVIRONMENT DIVISION.                                            DATEUTL
003100 CONFIGURATION SECTION.                                           DATEUTL
003200 SOURCE-COMPUTER. IBM-370.                                        DATEUTL
003300 OBJECT-COMPUTER. IBM-370.                                        DATEUTL
003400 DATA DIVISION.                                                   DATEUTL
003500 WORKING-STORAGE SECTION.                                         DATEUTL
003600 01  WS-DAYS-IN-MONTH-VALUES.                                     DATEUTL
003700     05  FILLER                  PIC X(24)                        DATEUTL
003800                                 VALUE '312831303130313130313031'.DATEUTL
003900 01  WS-DAYS-IN-MONTH-TABLE REDEFINES WS-DAYS-IN-MONTH-VALUES.    DATEUTL
004000     05  WS-DAYS-IN-MONTH        PIC 9(2) OCCURS 12 TIMES.        DATEUTL
004100 01  WS-WORK-AREAS.                                               DATEUTL
004200     05  WS-INTEGER-1            PIC S9(9)  COMP.                 DATEUTL
004300     05  WS-INTEGER-2            PIC S9(9)  COMP.                 DATEUTL
004400     05  WS-QUOTIENT             PIC S9(9)  COMP.                 DATEUTL
004500     05  WS-REMAINDER            PIC S9(4)  COMP.                 DATEUTL
004600     05  WS-MAX-DAY              PIC 9(2).                        DATEUTL
004700     05  WS-LEAP-SW              PIC X.                           DATEUTL
004800         88  WS-LEAP-YEAR            VALUE 'Y'.                   DATEUTL
004900         88  WS-NOT-LEAP-YEAR        VALUE 'N'.                   DATEUTL
005000     05  WS-CHECK-DATE           PIC 9(8).                        DATEUTL
005100     05  WS-CHECK-DATE-R REDEFINES WS-CHECK-DATE.                 DATEUTL
005200         10  WS-CHK-CCYY         PIC 9(4).                        DATEUTL
005300             88  WS-YEAR-IN-RANGE    VALUE 1850 THRU 2099.        DATEUTL
005400         10  WS-CHK-MM           PIC 9(2).                        DATEUTL
005500             88  WS-VALID-MONTH      VALUE 1 THRU 12.             DATEUTL
005600         10  WS-CHK-DD           PIC 9(2).                        DATEUTL
005700 LINKAGE SECTION.                                                 DATEUTL
005800     COPY DATEPARM.                                               DATEUTL
005900 PROCEDURE DIVISION USING DU-PARMS.                               DATEUTL
006000 0000-DISPATCH.                                                   DATEUTL
006100     MOVE ZERO TO DU-RETURN-CODE                                  DATEUTL
006200     GO TO 1000-VALIDATE                                          DATEUTL
006300           2000-AGE                                               DATEUTL
006400           3000-ADD-DAYS                                          DATEUTL
006500           4000-DAYS-BETWEEN                                      DATEUTL
006600           5000-DAY-OF-WEEK                                       DATEUTL
006700         DEPENDING ON DU-FUNCTION.                                DATEUTL
006800 0100-BAD-FUNCTION.                                               DATEUTL
006900*    GO TO ... DEPENDING ON FALLS THROUGH TO HERE WHEN THE        DATEUTL
007000*    FUNCTION CODE IS NOT 1 TO 5.                                 DATEUTL
007100     SET DU-BAD-FUNCTION TO TRUE                                  DATEUTL
007200     GO TO 9000-RETURN.                                           DATEUTL
007300*                                                                 DATEUTL
007400 1000-VALIDATE.                                                   DATEUTL
007500     MOVE DU-DATE-1 TO WS-CHECK-DATE                              DATEUTL
007600     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
007700     GO TO 9000-RETURN.                                           DATEUTL
007800*                                                                 DATEUTL
007900 2000-AGE.                                                        DATEUTL
008000     MOVE ZERO TO DU-YEARS                                        DATEUTL
008100     MOVE DU-DATE-1 TO WS-CHECK-DATE                              DATEUTL
008200     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
008300     IF DU-INVALID-DATE                                           DATEUTL
008400         GO TO 9000-RETURN.                                       DATEUTL
008500     MOVE DU-DATE-2 TO WS-CHECK-DATE                              DATEUTL
008600     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
008700     IF DU-INVALID-DATE                                           DATEUTL
008800         GO TO 9000-RETURN.                                       DATEUTL
008900     SUBTRACT DU-D1-CCYY FROM DU-D2-CCYY GIVING DU-YEARS          DATEUTL
009000     IF DU-D2-MM < DU-D1-MM                                       DATEUTL
009100         SUBTRACT 1 FROM DU-YEARS                                 DATEUTL
009200     ELSE                                                         DATEUTL
009300         IF DU-D2-MM = DU-D1-MM AND DU-D2-DD < DU-D1-DD           DATEUTL
009400             SUBTRACT 1 FROM DU-YEARS                             DATEUTL
009500         END-IF                                                   DATEUTL
009600     END-IF                                                       DATEUTL
009700     IF DU-YEARS < ZERO                                           DATEUTL
009800         MOVE ZERO TO DU-YEARS                                    DATEUTL
009900     END-IF                                                       DATEUTL
010000     GO TO 9000-RETURN.                                           DATEUTL
010100*                                                                 DATEUTL
010200 3000-ADD-DAYS.                                                   DATEUTL
010300     MOVE DU-DATE-1 TO WS-CHECK-DATE                              DATEUTL
010400     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
010500     IF DU-INVALID-DATE                                           DATEUTL
010600         MOVE ZERO TO DU-DATE-2                                   DATEUTL
010700         GO TO 9000-RETURN.                                       DATEUTL
010800     COMPUTE WS-INTEGER-1 = FUNCTION INTEGER-OF-DATE (DU-DATE-1)  DATEUTL
010900                          + DU-DAYS                               DATEUTL
011000     IF WS-INTEGER-1 < 1                                          DATEUTL
011100         SET DU-INVALID-DATE TO TRUE                              DATEUTL
011200         MOVE ZERO TO DU-DATE-2                                   DATEUTL
011300     ELSE                                                         DATEUTL
011400         COMPUTE DU-DATE-2 =                                      DATEUTL
011500                 FUNCTION DATE-OF-INTEGER (WS-INTEGER-1)          DATEUTL
011600     END-IF                                                       DATEUTL
011700     GO TO 9000-RETURN.                                           DATEUTL
011800*                                                                 DATEUTL
011900 4000-DAYS-BETWEEN.                                               DATEUTL
012000     MOVE ZERO TO DU-DAYS                                         DATEUTL
012100     MOVE DU-DATE-1 TO WS-CHECK-DATE                              DATEUTL
012200     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
012300     IF DU-OK                                                     DATEUTL
012400         MOVE DU-DATE-2 TO WS-CHECK-DATE                          DATEUTL
012500         PERFORM 8000-CHECK-DATE THRU 8000-EXIT                   DATEUTL
012600     END-IF                                                       DATEUTL
012700     IF DU-OK                                                     DATEUTL
012800         COMPUTE WS-INTEGER-1 =                                   DATEUTL
012900                 FUNCTION INTEGER-OF-DATE (DU-DATE-1)             DATEUTL
013000         COMPUTE WS-INTEGER-2 =                                   DATEUTL
013100                 FUNCTION INTEGER-OF-DATE (DU-DATE-2)             DATEUTL
013200         SUBTRACT WS-INTEGER-1 FROM WS-INTEGER-2 GIVING DU-DAYS   DATEUTL
013300     END-IF                                                       DATEUTL
013400     GO TO 9000-RETURN.                                           DATEUTL
013500*                                                                 DATEUTL
013600 5000-DAY-OF-WEEK.                                                DATEUTL
013700*    DAY 1 OF THE INTEGER CALENDAR (01/01/1601) WAS A MONDAY      DATEUTL
013800     MOVE ZERO TO DU-DAY-NUMBER                                   DATEUTL
013900     MOVE DU-DATE-1 TO WS-CHECK-DATE                              DATEUTL
014000     PERFORM 8000-CHECK-DATE THRU 8000-EXIT                       DATEUTL
014100     IF DU-INVALID-DATE                                           DATEUTL
014200         GO TO 9000-RETURN.                                       DATEUTL
014300     COMPUTE WS-INTEGER-1 = FUNCTION INTEGER-OF-DATE (DU-DATE-1)  DATEUTL
014400     DIVIDE WS-INTEGER-1 BY 7 GIVING WS-QUOTIENT                  DATEUTL
014500                              REMAINDER WS-REMAINDER              DATEUTL
014600     IF WS-REMAINDER = ZERO                                       DATEUTL
014700         MOVE 7 TO DU-DAY-NUMBER                                  DATEUTL
014800     ELSE                                                         DATEUTL
014900         MOVE WS-REMAINDER TO DU-DAY-NUMBER                       DATEUTL
015000     END-IF                                                       DATEUTL
015100     GO TO 9000-RETURN.                                           DATEUTL
015200*                                                                 DATEUTL
015300*----------------------------------------------------------------*DATEUTL
015400* 8000  VALIDATE WS-CHECK-DATE.  SETS DU-RETURN-CODE 8 IF BAD.   *DATEUTL
015500*----------------------------------------------------------------*DATEUTL
015600 8000-CHECK-DATE.                                                 DATEUTL
015700     IF WS-CHECK-DATE NOT NUMERIC                                 DATEUTL
015800         SET DU-INVALID-DATE TO TRUE                              DATEUTL
015900         GO TO 8000-EXIT.                                         DATEUTL
016000     IF NOT WS-YEAR-IN-RANGE OR NOT WS-VALID-MONTH                DATEUTL
016100         SET DU-INVALID-DATE TO TRUE                              DATEUTL
016200         GO TO 8000-EXIT.                                         DATEUTL
016300     PERFORM 8100-SET-LEAP-YEAR                                   DATEUTL
016400     MOVE WS-DAYS-IN-MONTH (WS-CHK-MM) TO WS-MAX-DAY              DATEUTL
016500     IF WS-CHK-MM = 2 AND WS-LEAP-YEAR                            DATEUTL
016600         ADD 1 TO WS-MAX-DAY                                      DATEUTL
016700     END-IF                                                       DATEUTL
016800     IF WS-CHK-DD < 1 OR WS-CHK-DD > WS-MAX-DAY                   DATEUTL
016900         SET DU-INVALID-DATE TO TRUE                              DATEUTL
017000     END-IF.                                                      DATEUTL
017100 8000-EXIT.                                                       DATEUTL
017200     EXIT.                                                        DATEUTL
017300*                                                                 DATEUTL
017400 8100-SET-LEAP-YEAR.                                              DATEUTL
017500*    Y2K031 - CENTURY YEARS ARE LEAP ONLY IF DIVISIBLE BY 400     DATEUTL
017600     SET WS-NOT-LEAP-YEAR TO TRUE                                 DATEUTL
017700     DIVIDE WS-CHK-CCYY BY 4 GIVING WS-QUOTIENT                   DATEUTL
017800                             REMAINDER WS-REMAINDER               DATEUTL
017900     IF WS-REMAINDER = ZERO                                       DATEUTL
018000         SET WS-LEAP-YEAR TO TRUE                                 DATEUTL
018100         DIVIDE WS-CHK-CCYY BY 100 GIVING WS-QUOTIENT             DATEUTL
018200                                   REMAINDER WS-REMAINDER         DATEUTL
018300         IF WS-REMAINDER = ZERO                                   DATEUTL
018400             SET WS-NOT-LEAP-YEAR TO TRUE                         DATEUTL
018500             DIVIDE WS-CHK-CCYY BY 400 GIVING WS-QUOTIENT         DATEUTL
018600                                       REMAINDER WS-REMAINDER     DATEUTL
018700             IF WS-REMAINDER = ZERO                               DATEUTL
018800                 SET WS-LEAP-YEAR TO TRUE                         DATEUTL
018900             END-IF                                               DATEUTL
019000         END-IF                                                   DATEUTL
019100     END-IF.                                                      DATEUTL
019200*                                                                 DATEUTL
019300 9000-RETURN.                                                     DATEUTL
019400     EXIT PROGRAM.                                                DATEUTL
