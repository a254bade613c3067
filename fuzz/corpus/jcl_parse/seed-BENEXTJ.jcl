//BENEXTJ  JOB (BEN,PAY,0001),'BPS NIGHTLY EXTRACT',CLASS=A,MSGCLASS=X,
//             MSGLEVEL=(1,1),REGION=0M
//*********************************************************************
//* BENEXTJ  - NIGHTLY EXTRACT OF CLAIMS DUE FOR PAYMENT
//*
//* SCHEDULE   CONTROL-M TABLE BENNIGHT, 22:00 MONDAY TO FRIDAY
//* SUCCESSOR  BENPAYJ (READS BEN.PROD.CLAIMS.DAILY(0))
//* RERUN      FROM STEP010 - THE (+1) GENERATION IS DELETED ON ABEND
//*
//* CHANGE HISTORY
//* 14/05/01 RK  CREATED
//* 21/07/08 MP  CR2995 IDCAMS PRINT OF THE FIRST RECORDS FOR OPS
//*********************************************************************
//         SET HLQ='BEN.PROD'
//*
//*--------------------------------------------------------------------
//* STEP010  BENEXT01 - DB2 CLAIM, CLAIMANT, ADDRESS, DEPENDANT, OVP
//*          TO THE DAILY CLAIMS FILE (LRECL 450, MEMBER CLAIMREC)
//*--------------------------------------------------------------------
//STEP010  EXEC BENDB2P,PROG=BENEXT01,PLAN=BENEXTPL,HLQ=&HLQ
//DB2RUN.SYSTSIN DD *
  DSN SYSTEM(DB2P)
  RUN PROGRAM(BENEXT01) PLAN(BENEXTPL) LIB('BEN.PROD.LOADLIB')
  END
/*
//DB2RUN.CLAIMOUT DD DSN=&HLQ..CLAIMS.DAILY(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(30,10),RLSE),
//             DCB=(RECFM=FB,LRECL=450,BLKSIZE=0)
//*
//*--------------------------------------------------------------------
//* STEP020  SHOW THE HEADER AND FIRST DETAILS IN THE JOB LOG
//*--------------------------------------------------------------------
//STEP020  EXEC PGM=IDCAMS,COND=(4,LT,STEP010.DB2RUN)
//SYSPRINT DD SYSOUT=*
//EXTRACT  DD DSN=&HLQ..CLAIMS.DAILY(+1),DISP=SHR
//SYSIN    DD *
  PRINT INFILE(EXTRACT) CHARACTER COUNT(3)
/*
