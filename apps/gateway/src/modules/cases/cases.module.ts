import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryController } from './directory.controller';
import { Agency } from './entities/agency.entity';
import { Category } from './entities/category.entity';

/** The case engine. So far: its agencies and categories (the engine itself lands with the cases issue). */
@Module({
  imports: [TypeOrmModule.forFeature([Agency, Category])],
  controllers: [DirectoryController],
  exports: [TypeOrmModule],
})
export class CasesModule {}
