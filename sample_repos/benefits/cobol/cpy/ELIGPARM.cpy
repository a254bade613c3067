000100*================================================================*ELIGPARM
000200* ELIGPARM   PARAMETER AREA FOR SUBPROGRAM ELIGCHK               *ELIGPARM
000300*                                                                *ELIGPARM
000400*   CALL 'ELIGCHK' USING EP-ELIGIBILITY-AREA                     *ELIGPARM
000500*   RULE IDS IN EP-REASON-CODE MATCH THE JAVA RULE ENGINE        *ELIGPARM
000600*   (R-AGE-01, R-AGE-SPA, R-RES-01, R-CAP-01, R-INC-01).         *ELIGPARM
000700*                                                                *ELIGPARM
000800* CHANGE HISTORY                                                 *ELIGPARM
000900* 20/05/02 RK  CREATED                                           *ELIGPARM
001000* 01/05/04 TW  CR1630 EEA WORKER HOURS                           *ELIGPARM
001100* 06/04/09 AS  CR3101 CLAIMANT CATEGORY RETURNED                 *ELIGPARM
001200*================================================================*ELIGPARM
001300 01  EP-ELIGIBILITY-AREA.                                         ELIGPARM
001400     05  EP-INPUT.                                                ELIGPARM
001500         10  EP-RUN-DATE             PIC 9(8).                    ELIGPARM
001600         10  EP-BENEFIT-TYPE         PIC X(3).                    ELIGPARM
001700             88  EP-STATE-PENSION        VALUE 'SP '.             ELIGPARM
001800             88  EP-PENSION-CREDIT       VALUE 'PC '.             ELIGPARM
001900             88  EP-JOBSEEKERS           VALUE 'JSA'.             ELIGPARM
002000             88  EP-INCOME-SUPPORT       VALUE 'IS '.             ELIGPARM
002100             88  EP-CARERS-ALLOWANCE     VALUE 'CA '.             ELIGPARM
002200             88  EP-MEANS-TESTED         VALUE 'PC ' 'JSA' 'IS '. ELIGPARM
002300         10  EP-DATE-OF-BIRTH        PIC 9(8).                    ELIGPARM
002400         10  EP-PARTNER-IND          PIC X.                       ELIGPARM
002500             88  EP-HAS-PARTNER          VALUE 'Y'.               ELIGPARM
002600         10  EP-PARTNER-DOB          PIC 9(8).                    ELIGPARM
002700         10  EP-LONE-PARENT-IND      PIC X.                       ELIGPARM
002800             88  EP-LONE-PARENT          VALUE 'Y'.               ELIGPARM
002900         10  EP-DISABLED-IND         PIC X.                       ELIGPARM
003000         10  EP-CARER-IND            PIC X.                       ELIGPARM
003100         10  EP-RESIDENCY-STATUS     PIC X(4).                    ELIGPARM
003200         10  EP-HABITUALLY-RESIDENT  PIC X.                       ELIGPARM
003300         10  EP-COUNTRY-CODE         PIC X(2).                    ELIGPARM
003400         10  EP-HOURS-WORKED         PIC S9(4) COMP.              ELIGPARM
003500         10  EP-PARTNER-HOURS        PIC S9(4) COMP.              ELIGPARM
003600         10  EP-WEEKLY-EARNINGS      PIC S9(7)V99 COMP-3.         ELIGPARM
003700         10  EP-CAPITAL              PIC S9(9)V99 COMP-3.         ELIGPARM
003800     05  EP-OUTPUT.                                               ELIGPARM
003900         10  EP-RESULT               PIC X.                       ELIGPARM
004000             88  EP-ELIGIBLE             VALUE 'E'.               ELIGPARM
004100             88  EP-INELIGIBLE           VALUE 'I'.               ELIGPARM
004200             88  EP-REFER-TO-OFFICER     VALUE 'R'.               ELIGPARM
004300         10  EP-REASON-CODE          PIC X(9).                    ELIGPARM
004400         10  EP-REASON-TEXT          PIC X(60).                   ELIGPARM
004500         10  EP-AGE                  PIC 9(3).                    ELIGPARM
004600         10  EP-CLAIMANT-CATEGORY    PIC X.                       ELIGPARM
